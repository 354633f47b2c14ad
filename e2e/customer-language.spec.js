"use strict";
// Customer mode speaks the plan's language: an English user starts a plan for a Japanese hospital (Japanese, from
// the account's country), turns the screen to the customer, and what the customer reads is Japanese: the section
// names, the text input's counter and its refusal of a 40,000-character paste, and the server's refusal when a
// colleague saved the plan meanwhile. Switched off, the user's English returns. With ACCORD_SCREENSHOTS=<folder>
// it photographs the Japanese customer mode with the refused paste.

const path = require("node:path");
const { test, expect } = require("@playwright/test");
const {
  sampleAccounts,
  captureErrors,
  recordPageUrl,
  waitForComponents,
  seriousAxeViolations,
  photograph
} = require("./support");

const JAPANESE_HOSPITAL = /Minatogawa/;
const apex = (request, method, params) => request.post(`/api/apex/${method}`, { data: params });

/** The translation files, as the org's System.Label.get(…, "ja") reads them. */
const { readLabelCatalog } = require("../preview/build/labels.js");
const catalog = readLabelCatalog(path.resolve(__dirname, ".."));
const ja = (name) => catalog.translations.ja[`Accord_${name}`];
const en = (name) => catalog.en[`Accord_${name}`];
const fill = (template, ...values) =>
  values.reduce((text, value, index) => text.replace(`{${index}}`, value), template);

test.beforeEach(async ({ request }) => {
  const response = await request.post("/preview/api/reset");
  expect(response.ok(), "the sample data is reseeded").toBeTruthy();
});

test("an English user in customer mode on a Japanese plan: counter, refusal and the server's refusal in Japanese", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  const account = (await sampleAccounts(request)).find((a) => JAPANESE_HOSPITAL.test(a.name));
  expect(account, "the Japanese sample account").toBeTruthy();
  await page.goto(recordPageUrl(account.id));
  await waitForComponents(page);
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  await expect(workspace.locator('[data-id="plan-language"] select option:checked')).toHaveText("日本語");
  await workspace.locator('[data-id="create-submit"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Draft");

  const entry = workspace.locator('[data-id="need-entry"]');
  const counter = entry.locator('[data-id="need-verbatim"] [data-id="count"]');
  await expect(counter).toHaveText(fill(en("Common_CharCount"), "0", "32,768"));
  await expect(workspace.getByRole("tab", { name: en("Workspace_TabListen"), exact: true })).toBeVisible();

  // The screen faces the customer: Japanese.
  await workspace.locator('[data-id="customer-mode"] label').click();
  await expect(workspace.getByRole("tab", { name: ja("Workspace_TabListen"), exact: true })).toBeVisible();
  await expect(workspace.getByRole("tab", { name: en("Workspace_TabListen"), exact: true })).toHaveCount(0);
  await expect(counter).toHaveText(fill(ja("Common_CharCount"), "0", "32,768"));
  await expect(workspace.locator('[data-id="need-list-heading"]')).toHaveText(fill(ja("Need_ListTitle"), "0"));
  await expect(workspace.locator('[data-id="customer-goals"] h3')).toHaveText(ja("Goals_Title"));

  // A 40,000-character paste: kept whole, counted and refused in Japanese, and nothing is added.
  const textarea = entry.locator('[data-id="need-verbatim"] textarea');
  await textarea.fill("長".repeat(40000));
  await expect(counter).toHaveText(fill(ja("Common_CharCount"), "40,000", "32,768"));
  await entry.locator('[data-id="need-add"]').click();
  await expect(entry.locator('[data-id="need-verbatim"]')).toContainText(
    fill(ja("Common_TooLong"), "40,000", "32,768")
  );
  expect(await textarea.inputValue()).toHaveLength(40000);
  await expect(workspace.locator('c-accord-need-item, [data-id="need-item"]')).toHaveCount(0);
  expect(await seriousAxeViolations(page), "axe in customer mode, Japanese").toEqual([]);
  await photograph(workspace, "customer-mode-ja.png");
  await textarea.fill("");

  // The other sections the customer sees read in Japanese too.
  await workspace.getByRole("tab", { name: ja("Workspace_TabInitiatives"), exact: true }).click();
  await expect(workspace.locator('[data-id="initiative-list-heading"]')).toHaveText(
    fill(ja("Initiative_ListTitle"), "0")
  );
  await workspace.getByRole("tab", { name: ja("Workspace_TabSign"), exact: true }).click();
  await expect(workspace.getByText(ja("Sign_ReadinessTitle"))).toBeVisible();
  await workspace.getByRole("tab", { name: ja("Workspace_TabListen"), exact: true }).click();

  // A colleague saves the plan meanwhile: this page's next save is refused, in Japanese, naming who and when.
  const plan = (await (await apex(request, "AccordPlanController.getWorkspace", { accountId: account.id })).json())
    .result.plan;
  const colleague = await apex(request, "AccordPlanController.savePlan", {
    planJson: JSON.stringify({ ...plan, customerGoals: "同僚の変更" })
  });
  expect(colleague.ok(), "the colleague's save").toBeTruthy();
  const goals = workspace.locator('[data-id="customer-goals"]');
  await goals.locator('[data-id="goals-edit"]').click();
  await goals.locator('[data-id="goals-text"] textarea').fill("再入院を減らす");
  await goals.locator('[data-id="goals-save"]').click();
  const alert = workspace.locator('[data-id="stale-alert"]');
  await expect(alert).toContainText(ja("Workspace_StaleTitle"));
  const [before, after] = ja("Error_STALE_REVISION").split("{0}");
  const message = workspace.locator('[data-id="stale-message"]');
  await expect(message).toContainText(before.trim() ? before : after.split("{1}")[0]);
  await expect(message).toContainText("Preview User");
  await expect(message).not.toContainText("after you opened it");

  // Switched off: the user's English again.
  await workspace.locator('[data-id="customer-mode"] label').click();
  await expect(workspace.getByRole("tab", { name: en("Workspace_TabListen"), exact: true })).toBeVisible();
  await expect(alert).toContainText(en("Workspace_StaleTitle"));
  await expect(counter).toHaveText(fill(en("Common_CharCount"), "0", "32,768"));
  // The browser logs the one refused request (HTTP 400) and nothing else.
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  expect(errors).toHaveLength(1);
});
