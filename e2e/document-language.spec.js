"use strict";
// The customer document in the plan's language: an English user starts a plan for a Japanese hospital (the
// language follows the account's country), captures what the customer said, and shows the customer document in
// Japanese: its labels, dates written the Japanese way, the family name first. Buttons stay in the user's
// language. With ACCORD_SCREENSHOTS=<folder> it photographs the Japanese document.

const { test, expect } = require("@playwright/test");
const {
  resetSampleData,
  openAccountPage,
  captureErrors,
  seriousAxeViolations,
  choose,
  photograph
} = require("./support");

const JAPANESE_HOSPITAL = /Minatogawa/;

test.beforeEach(({ request }) => resetSampleData(request));

test("an English user shows a Japanese plan's document in Japanese, with family-name-first names and Japanese dates", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  const { account, workspace } = await openAccountPage(page, request, JAPANESE_HOSPITAL);

  // The new plan's language follows the account's country (JP → Japanese), not the user's English.
  await expect(workspace.locator('[data-id="plan-language"] select option:checked')).toHaveText("日本語");
  await workspace.locator('[data-id="create-submit"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Draft");
  const periodStart = await (async () => {
    const plans = (await (await request.get("/preview/api/plans")).json()).result;
    return plans.find((p) => p.accountId === account.id).periodStart;
  })();

  const entry = workspace.locator('[data-id="need-entry"]');
  await choose(entry, "need-raised-by", "鈴木");
  const verbatim = "退院後30日以内の再入院が多すぎます。";
  await entry.locator('[data-id="need-verbatim"] textarea').fill(verbatim);
  await entry.locator('[data-id="need-verbatim"] textarea').press("Enter");
  await expect(workspace.locator('[data-id="need-verbatim"]', { hasText: verbatim })).toBeVisible();

  await workspace.getByRole("tab", { name: "Customer document" }).click();
  const documentView = workspace.locator('[data-id="document"]');
  await expect(documentView).toHaveAttribute("lang", "ja");
  await expect(documentView.locator('[data-id="doc-title"]')).toHaveText(/^カスタマーアカウントプラン: /);
  const [year, month, day] = periodStart.split("-");
  await expect(documentView.locator('[data-id="doc-period"]')).toHaveText(
    new RegExp(`^期間: ${year}/${month}/${day} – \\d{4}/\\d{2}/\\d{2}$`)
  );
  await expect(documentView).toContainText("お客様の目標");
  // The need's raised-by name: family name first, as Japanese writes it.
  await expect(documentView.locator('[data-id="doc-needs-pending"]')).toContainText("鈴木 大輔");
  await expect(documentView).not.toContainText("大輔 鈴木");
  await expect(documentView).not.toContainText("Your goals");
  // The buttons are for the user: English.
  await expect(workspace.locator('[data-id="print"]')).toContainText("Print");
  expect(await seriousAxeViolations(page), "axe on the Japanese document").toEqual([]);
  await photograph(documentView, "customer-document-ja.png");
  expect(errors).toEqual([]);
});
