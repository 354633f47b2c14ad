"use strict";
// The needs radar (issue 17 item 5) on its app page: the sample needs, read through the paged endpoint, grouped by
// src/core's grouping with counts, accounts, countries and decision mix; drill-down and a country filter.
// With ACCORD_SCREENSHOTS=<folder> the radar is photographed (docs/screenshots/needs-radar.png).
const { test, expect } = require("@playwright/test");
const { resetSampleData, captureErrors, seriousAxeViolations, photograph } = require("./support");

test.beforeEach(({ request }) => resetSampleData(request));

test("the radar groups the sample needs across accounts, drills down and filters by country", async ({ page }) => {
  const errors = captureErrors(page);
  const all = await page.request.post("/api/apex/AccordNeedsRadarController.getNeedSignals", {
    data: { afterId: null, pageSize: 2000 }
  });
  const signals = (await all.json()).result.signals;
  expect(signals.length, "the sample has needs").toBeGreaterThan(5);
  const accounts = new Set(signals.map((s) => s.accountId)).size;

  await page.goto("/?app=accordNeedsRadar");
  const radar = page.locator('[data-component="accordNeedsRadar"]');
  const summary = radar.locator('[data-id="summary"]');
  await expect(summary).toContainText(`from ${signals.length} needs at ${accounts} accounts`);
  const groups = radar.locator('[data-id="group"]');
  const count = await groups.count();
  expect(count, "similar needs share a group").toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(signals.length);
  // Every need is in exactly one group.
  const sizes = await radar.locator('[data-id="group-needs"]').allInnerTexts();
  expect(sizes.map(Number).reduce((a, b) => a + b, 0)).toBe(signals.length);
  await expect(groups.first().locator('[data-id="group-mix"]')).toContainText("committed");

  await groups.first().locator('[data-id="toggle"]').getByRole("button").click();
  await expect(radar.locator('[data-id="members"] li')).toHaveCount(Number(sizes[0]));
  expect(await seriousAxeViolations(page), "axe on the radar").toEqual([]);
  await photograph(page, "needs-radar.png", { fullPage: true });

  const country = signals[0].countryCode;
  await radar.getByRole("combobox", { name: "Country" }).selectOption({ label: country });
  const inCountry = signals.filter((s) => s.countryCode === country);
  await expect(summary).toContainText(`from ${inCountry.length} needs`);
  expect(errors).toEqual([]);
});
