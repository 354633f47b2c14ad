"use strict";
// The key-account portfolio (issue 17 item 4) on its app page: the sample accounts with tier, scores, plan and
// key-account status, placed in the attractiveness × relationship matrix; a country filter; nominating an account
// with a reason puts the entry in its history; retiring without a reason is refused (in the page, and by the server).
// With ACCORD_SCREENSHOTS=<folder> the page is photographed (docs/screenshots/key-account-portfolio.png).
const { test, expect } = require("@playwright/test");
const { resetSampleData, captureErrors, seriousAxeViolations, photograph } = require("./support");

test.beforeEach(({ request }) => resetSampleData(request));

async function readPortfolio(page) {
  const response = await page.request.post("/api/apex/AccordKeyAccountPortfolioController.getPortfolio", { data: {} });
  return (await response.json()).result;
}

test("filter by country, nominate with a reason and see it in the history; retiring without a reason is refused", async ({
  page
}) => {
  const errors = captureErrors(page);
  const { accounts } = await readPortfolio(page);
  expect(accounts.length, "the sample accounts are in the portfolio").toBeGreaterThanOrEqual(4);
  const candidate = accounts.find((a) => !a.keyAccount && a.countryCode === "JP");
  const keyAccount = accounts.find((a) => a.keyAccount && a.countryCode === "DE");
  expect(candidate, "the Japanese sample account is not a key account").toBeTruthy();
  expect(keyAccount, "the German sample account is a key account").toBeTruthy();

  await page.goto("/?app=accordKeyAccountPortfolio");
  const portfolio = page.locator('[data-component="accordKeyAccountPortfolio"]');
  const rows = portfolio.locator('[data-id="account-row"]');
  await expect(rows).toHaveCount(accounts.length);
  const placed = accounts.filter((a) => a.priorityScore !== null && a.collaborationIndex !== null);
  await expect(portfolio.locator('[data-id="point"]')).toHaveCount(placed.length);
  await expect(portfolio.locator('[data-id="quadrant-label"]')).toHaveText([
    "Maintain",
    "Invest",
    "Reconsider",
    "Develop"
  ]);
  expect(await seriousAxeViolations(page), "axe on the portfolio").toEqual([]);
  await photograph(page, "key-account-portfolio.png", { fullPage: true });

  // Filter by country (named in the user's language): only the Japanese account is left, its country by name.
  await portfolio.getByRole("combobox", { name: "Country" }).selectOption({ label: "Japan (JP)" });
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('[data-id="row-country"]')).toHaveText("Japan (JP)");
  await expect(rows.first().locator('[data-id="row-name"]')).toHaveText(candidate.accountName);

  // Nominate it with a reason: the history shows the entry, the row the new status.
  await rows.first().getByRole("button", { name: "Nominate", exact: true }).click();
  const history = portfolio.locator('[data-id="history"]');
  await expect(history.locator('[data-id="history-empty"]')).toBeVisible();
  const reason = "Largest cancer centre in Hyogo; the pharmacy committee asked for a joint plan.";
  await history.getByLabel("Reason").fill(reason);
  await history.getByRole("button", { name: "Save" }).click();
  await expect(history.locator('[data-id="saved"]')).toHaveText(`${candidate.accountName} is now a key account.`);
  await expect(history.locator('[data-id="history-entry"]')).toHaveCount(1);
  await expect(history.locator('[data-id="entry-decision"]')).toHaveText("Nominate");
  await expect(history.locator('[data-id="entry-reason"]')).toHaveText(reason);
  await expect(rows.first().locator('[data-id="row-key"]')).toHaveText("Yes");
  expect(await seriousAxeViolations(page), "axe with the history open").toEqual([]);

  // Retire the German key account without a reason: refused in words, nothing recorded.
  await portfolio.getByRole("button", { name: "Clear filters" }).first().click();
  const german = rows.filter({ hasText: keyAccount.accountName });
  await german.getByRole("button", { name: "Retire", exact: true }).click();
  const before = await history.locator('[data-id="history-entry"]').count();
  await history.getByRole("button", { name: "Save" }).click();
  await expect(history.locator('[data-id="form-error"]')).toHaveText("Say why the account is nominated or retired.");
  await expect(history.locator('[data-id="history-entry"]')).toHaveCount(before);
  await expect(german.locator('[data-id="row-key"]')).toHaveText("Yes");

  // The server refuses it too, with the same words, and keeps the history as it was.
  const refused = await page.request.post("/api/apex/AccordKeyAccountPortfolioController.recordNomination", {
    data: {
      requestJson: JSON.stringify({
        accountId: keyAccount.accountId,
        action: "Retire",
        reason: "  ",
        effectiveDate: new Date().toISOString().slice(0, 10)
      })
    }
  });
  expect(refused.ok()).toBeFalsy();
  expect(JSON.stringify(await refused.json())).toContain("NOMINATION_REASON_REQUIRED");
  const after = await readPortfolio(page);
  expect(after.nominations.filter((n) => n.accountId === keyAccount.accountId)).toHaveLength(before);
  expect(errors).toEqual([]);
});
