"use strict";
// axe-core scan of the record pages (every sample account, and a plan's own record page), desktop and phone:
// no serious or critical violations; on a phone nothing is wider than the 375 px screen.

const { test, expect } = require("@playwright/test");
const {
  sampleAccounts,
  accountWithPlans,
  recordPageUrl,
  planPageUrl,
  pageWidths,
  waitForComponents,
  seriousAxeViolations
} = require("./support");

test("desktop record pages have no serious or critical accessibility violations", async ({ page, request }) => {
  for (const account of await sampleAccounts(request)) {
    await page.goto(recordPageUrl(account.id));
    await waitForComponents(page);
    expect(await seriousAxeViolations(page), `axe on ${account.name} (desktop)`).toEqual([]);
  }
});

test("phone record pages have no serious or critical accessibility violations and do not scroll sideways", async ({
  page,
  request
}) => {
  await page.setViewportSize({ width: 375, height: 760 });
  for (const account of await sampleAccounts(request)) {
    await page.goto(recordPageUrl(account.id, { formFactor: "Small" }));
    await waitForComponents(page);
    expect(await seriousAxeViolations(page), `axe on ${account.name} (phone)`).toEqual([]);
    const widths = await pageWidths(page);
    expect(widths.client, "the page is as wide as the phone").toBe(375);
    expect(widths.scroll, `${account.name} (phone) does not scroll sideways`).toBeLessThanOrEqual(widths.client);
  }
});

test("a plan's record page has no serious or critical accessibility violations, desktop and phone", async ({
  page,
  request
}) => {
  const account = await accountWithPlans(request);
  const planId = account.plans[1].id;
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  await page.goto(planPageUrl(planId));
  await expect(workspace.locator('[data-id="plan-header"]')).toBeVisible();
  expect(await seriousAxeViolations(page), "axe on the plan record page (desktop)").toEqual([]);

  await page.setViewportSize({ width: 375, height: 760 });
  await page.goto(planPageUrl(planId, { formFactor: "Small" }));
  await expect(workspace.locator('[data-id="plan-header"]')).toBeVisible();
  expect(await seriousAxeViolations(page), "axe on the plan record page (phone)").toEqual([]);
  const widths = await pageWidths(page);
  expect(widths.scroll, "the plan record page (phone) does not scroll sideways").toBeLessThanOrEqual(widths.client);
});

test("the preview shell with the phone frame has no serious or critical accessibility violations", async ({
  page,
  request
}) => {
  const [account] = await sampleAccounts(request);
  await page.goto(recordPageUrl(account.id, { view: "phone" }));
  await expect(page.locator('[data-id="phone-frame"] iframe')).toBeVisible();
  expect(await seriousAxeViolations(page), "axe on the shell with the phone frame").toEqual([]);
});
