"use strict";
// What changed since the customer signed (issue 14 item 3), in the preview's real workspace against the in-memory
// server, which keeps every shared version as the org's derivation does: a need reworded after sharing shows word
// by word in Share and sign, against the version the customer signed or, when they signed none, last saw.
// With ACCORD_SCREENSHOTS=<folder> the changes are photographed (docs/screenshots/version-changes.png).

const { test, expect } = require("@playwright/test");
const { resetSampleData, openAgreedPlan, openPlanInReview, seriousAxeViolations, photograph } = require("./support");

test.describe.configure({ mode: "serial" });

async function openTab(workspace, name) {
  await workspace.getByRole("tab", { name }).click();
}

/** Appends words to the first need's verbatim through its edit form and saves (a content change). */
async function rewordFirstNeed(workspace, words) {
  await openTab(workspace, "Listen");
  const need = workspace.locator('[data-id="need"]').first();
  await need.locator('[data-id="need-edit"]').click();
  const textarea = need.locator('[data-id="need-edit-verbatim"] textarea');
  const before = await textarea.inputValue();
  await textarea.fill(`${before} ${words}`);
  await need.locator('[data-id="need-edit-save"]').click();
  await expect(workspace.locator('[data-id="need"] [data-id="need-verbatim"]').first()).toContainText(words);
  return before;
}

test.beforeEach(({ request }) => resetSampleData(request));

test("reopened and reworded: Share and sign shows the change since the version the customer signed", async ({
  page,
  request
}) => {
  const { errors, workspace } = await openAgreedPlan(page, request);
  const signedVersion = await workspace.locator('[data-id="header-version"]').innerText();
  await openTab(workspace, "Share and sign");
  const signer = (await workspace.locator('[data-id="party-customer"] [data-id="signed"]').innerText()).trim();
  // Agreed: the customer signed what is there, nothing to compare.
  await expect(workspace.locator('[data-id="version-changes"]')).toHaveCount(0);

  await workspace.locator('[data-id="reopen-reason"] textarea').fill("Die Apotheke ergänzt ihren Bedarf.");
  await workspace.locator('[data-id="reopen-submit"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("In Review");
  await rewordFirstNeed(workspace, "– auch am Wochenende");

  await openTab(workspace, "Share and sign");
  const changes = workspace.locator('[data-id="version-changes"]');
  await expect(changes.locator('[data-id="changes-heading"]')).toContainText(
    `Changed since version ${signedVersion}, which`
  );
  await expect(changes.locator('[data-id="changes-heading"]')).toContainText("signed");
  expect(signer).toContain(
    (await changes.locator('[data-id="changes-heading"]').innerText()).split("which ")[1].replace(" signed", "").trim()
  );
  const changed = changes.locator('[data-id="change"][data-kind="changed"]');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('[data-id="word-added"]')).toContainText("– auch am Wochenende");
  await expect(changed.locator('[data-id="word-removed"]')).toHaveCount(0);

  expect(await seriousAxeViolations(page), "the changes pass axe (serious and critical)").toEqual([]);
  await photograph(changes, "version-changes.png");
  expect(errors).toEqual([]);
});

test("pulled back, reworded and shared again: the change since the version the customer last saw", async ({
  page,
  request
}) => {
  const { errors, workspace } = await openPlanInReview(page, request);
  const sharedVersion = await workspace.locator('[data-id="header-version"]').innerText();
  await openTab(workspace, "Share and sign");
  await workspace.locator('[data-id="pull-back"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Draft");
  // Before the first change: a warning names the version that change will create.
  await expect(workspace.locator('[data-id="in-review-warning"]')).toContainText(
    `saving a content change creates version ${Number(sharedVersion) + 1}`
  );

  const before = await rewordFirstNeed(workspace, "야간에도");
  // Version N as shared stays N: the first change after the pull back is the next version.
  await expect(workspace.locator('[data-id="header-version"]')).toHaveText(String(Number(sharedVersion) + 1));
  // The new version is not shared yet, so later changes keep its number: no warning any more.
  await expect(workspace.locator('[data-id="in-review-warning"]')).toHaveCount(0);
  await openTab(workspace, "Share and sign");
  // Still a Draft: the pending change against what the customer last saw is shown before sharing it.
  await expect(workspace.locator('[data-id="version-changes"] [data-id="word-added"]')).toContainText("야간에도");
  await workspace.locator('[data-id="share"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("In Review");

  const changes = workspace.locator('[data-id="version-changes"]');
  await expect(changes.locator('[data-id="changes-heading"]')).toContainText(
    `Changed since version ${sharedVersion}, which`
  );
  await expect(changes.locator('[data-id="changes-heading"]')).toContainText("last saw");
  const changed = changes.locator('[data-id="change"][data-kind="changed"]');
  await expect(changed.locator('[data-id="word-added"]')).toContainText("야간에도");
  await expect(changed.locator('[data-id="change-words"]')).toContainText(before.slice(0, 5));
  expect(errors).toEqual([]);
});
