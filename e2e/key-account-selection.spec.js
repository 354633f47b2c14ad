"use strict";
// Key-account selection on the Account page (issue 17 item 4): rating the criteria moves the priority score and
// tier at once; saving stores them, and the account summary shows the stored tier after a reload.
// With ACCORD_SCREENSHOTS=<folder> the card is photographed (docs/screenshots/key-account-selection.png).
const { test, expect } = require("@playwright/test");
const {
  resetSampleData,
  photograph,
  captureErrors,
  recordPageUrl,
  sampleAccounts,
  seriousAxeViolations,
  waitForComponents
} = require("./support");

test.beforeEach(({ request }) => resetSampleData(request));

async function rateAll(selection, value) {
  const criteria = selection.locator("[data-criterion]");
  const count = await criteria.count();
  expect(count, "the configuration has selection criteria").toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await criteria.nth(i).locator('[data-id="rating"]').getByText(String(value), { exact: true }).click();
  }
}

test("a KAM manager rates the criteria and sees the tier change, then saves it", async ({ page, request }) => {
  const errors = captureErrors(page);
  const [account] = await sampleAccounts(request);
  await page.goto(recordPageUrl(account.id));
  await waitForComponents(page);
  const selection = page.locator('[data-component="accordKeyAccountSelection"]');
  await expect(selection.locator('[data-id="tier"]')).toBeVisible();

  await rateAll(selection, 1);
  await expect(selection.locator('[data-id="score"]')).toHaveText("0");
  await expect(selection.locator('[data-id="tier"]')).toHaveText("C");
  await rateAll(selection, 5);
  await expect(selection.locator('[data-id="score"]')).toHaveText("100");
  await expect(selection.locator('[data-id="tier"]')).toHaveText("A");
  await expect(selection.locator('[data-id="part"]').first()).toContainText("points of the score");
  expect(await seriousAxeViolations(page), "axe on the selection card").toEqual([]);

  await selection.locator('[data-id="rationale"] textarea').first().fill("Reference centre for the region");
  await selection.locator('[data-id="save"]').getByRole("button").click();
  await expect(selection.locator('[data-id="notice"]')).toHaveText("Ratings saved.");
  await photograph(selection, "key-account-selection.png");

  await page.reload();
  await waitForComponents(page);
  await expect(page.locator('[data-component="accordAccountSummary"] [data-id="tier"]')).toHaveText("A");
  await expect(selection.locator('[data-id="rationale"] textarea').first()).toHaveValue(
    "Reference centre for the region"
  );
  expect(errors).toEqual([]);
});
