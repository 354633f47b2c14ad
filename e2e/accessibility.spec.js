"use strict";
// axe-core scan of the record page for every sample account, desktop and phone: no serious or critical violations.

const { test, expect } = require("@playwright/test");
const { sampleAccounts, recordPageUrl, waitForComponents, seriousAxeViolations } = require("./support");

test("desktop record pages have no serious or critical accessibility violations", async ({ page, request }) => {
  for (const account of await sampleAccounts(request)) {
    await page.goto(recordPageUrl(account.id));
    await waitForComponents(page);
    expect(await seriousAxeViolations(page), `axe on ${account.name} (desktop)`).toEqual([]);
  }
});

test("phone record pages have no serious or critical accessibility violations", async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 760 });
  for (const account of await sampleAccounts(request)) {
    await page.goto(recordPageUrl(account.id, { formFactor: "Small" }));
    await waitForComponents(page);
    expect(await seriousAxeViolations(page), `axe on ${account.name} (phone)`).toEqual([]);
  }
});

test("the preview shell with the phone frame has no serious or critical accessibility violations", async ({
  page,
  request
}) => {
  const [account] = await sampleAccounts(request);
  await page.goto(recordPageUrl(account.id, { view: "phone" }));
  await expect(page.locator('[data-id="phone-frame"] iframe')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
