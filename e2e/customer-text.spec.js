"use strict";
// Customer words are rendered as text, never as HTML: the sample has a need verbatim with markup and a script.

const fs = require("node:fs");
const path = require("node:path");
const { test, expect } = require("@playwright/test");
const { COMPONENTS, ROOT, sampleAccounts, captureErrors, recordPageUrl, waitForComponents } = require("./support");

const MARKUP = "<b>HTML</b> & <script>alert(1)</script>";

/** The sample plan whose need verbatim contains the markup, and its account's name. */
function planWithMarkup() {
  const { plans } = JSON.parse(fs.readFileSync(path.join(ROOT, "data/plans.json"), "utf8"));
  const plan = plans.find((p) => (p.needs || []).some((n) => String(n.Verbatim__c).includes(MARKUP)));
  const need = plan && plan.needs.find((n) => String(n.Verbatim__c).includes(MARKUP));
  const accounts = JSON.parse(fs.readFileSync(path.join(ROOT, "data/sample-tree/Account.json"), "utf8")).records;
  const account = plan && accounts.find((a) => `@${a.attributes.referenceId}` === plan.Account__c);
  return { need, accountName: account && account.Name };
}

test("a need verbatim containing HTML and a script is shown as text", async ({ page, request }) => {
  const { need, accountName } = planWithMarkup();
  expect(need, `data/plans.json has a need verbatim containing ${MARKUP}`).toBeTruthy();
  expect(
    COMPONENTS.map((c) => c.name),
    "accordPlanWorkspace, which shows plan needs, is exposed on the Account record page"
  ).toContain("accordPlanWorkspace");
  const account = (await sampleAccounts(request)).find((a) => a.name === accountName);
  expect(account, `the preview serves the account "${accountName}" of that plan`).toBeTruthy();
  const errors = captureErrors(page);
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(recordPageUrl(account.id));
  await waitForComponents(page);
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  // The verbatim appears in the need list (visible) and in other tabs (hidden until opened).
  await expect(workspace.getByText(MARKUP).filter({ visible: true }).first()).toBeVisible();
  await expect(workspace.locator("b", { hasText: /^HTML$/ })).toHaveCount(0);
  await expect(workspace.locator("script", { hasText: "alert(1)" })).toHaveCount(0);
  expect(dialogs, "no script from customer text ran").toBe(0);
  expect(errors).toEqual([]);
});
