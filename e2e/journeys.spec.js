"use strict";
// Plan journeys in the preview's real workspace, against the in-memory server that applies src/core's
// rules: countersigning to Agreed, reopening, a content edit after sharing that supersedes a signature,
// and a signature on a stale version that is refused.

const { test, expect } = require("@playwright/test");
const {
  resetSampleData,
  openAccountPage,
  KOREAN_HOSPITAL,
  openAgreedPlan,
  openPlanInReview,
  appendToGoals,
  startTwelveMonthReview
} = require("./support");

test.describe.configure({ mode: "serial" });

async function openSignTab(workspace) {
  await workspace.getByRole("tab", { name: "Share and sign" }).click();
  await expect(workspace.locator('[data-id="sign-panel"]')).toBeVisible();
}

test.beforeEach(({ request }) => resetSampleData(request));

test("the customer countersigns the shared version by email and the plan turns Agreed", async ({ page, request }) => {
  const { errors, workspace } = await openPlanInReview(page, request);
  await openSignTab(workspace);
  await expect(workspace.locator('[data-id="party-company"] [data-id="signed"]')).toBeVisible();

  await workspace.locator('[data-id="sign-customer"]').click();
  const form = workspace.locator('[data-id="signature-form"]');
  await form.locator('[data-id="sign-signatory"]').click();
  await form.locator('[data-id="sign-signatory"] [role="option"]').first().click();
  await form.getByText("Email confirmation").click();
  await form.locator('[data-id="sign-evidence"] textarea').fill("Email of 3 March confirming version 1.");
  await form.locator('[data-id="sign-submit"]').click();

  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Agreed");
  await expect(workspace.locator('[data-id="agreed"]')).toBeVisible();
  await expect(workspace.locator('[data-id="party-customer"] [data-id="signed"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test("a plan manager reopens an agreed plan with a reason; both signatures stay in the history, superseded", async ({
  page,
  request
}) => {
  const { workspace } = await openAgreedPlan(page, request);
  const versionBefore = Number(await workspace.locator('[data-id="header-version"]').innerText());
  await openSignTab(workspace);

  await workspace.locator('[data-id="reopen-submit"]').click();
  await expect(workspace.locator('[data-id="reopen-error"]'), "a reopen needs a reason").toBeVisible();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Agreed");

  await workspace.locator('[data-id="reopen-reason"] textarea').fill("New tender rules from April change the pilot.");
  await workspace.locator('[data-id="reopen-submit"]').click();

  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("In Review");
  await expect(workspace.locator('[data-id="header-version"]')).toHaveText(String(versionBefore + 1));
  await expect(workspace.locator('[data-id="header-reopen-reason"]')).toHaveText(
    "New tender rules from April change the pilot."
  );
  await expect(workspace.locator('[data-id="signature-history"] [data-id="superseded"]')).toHaveCount(2);
  await expect(workspace.locator('[data-id="party-company"] [data-id="not-signed"]')).toBeVisible();
});

test("editing content after sharing makes a new version and supersedes the company signature", async ({
  page,
  request
}) => {
  const { workspace } = await openAccountPage(page, request, KOREAN_HOSPITAL);
  const versionBefore = Number(await workspace.locator('[data-id="header-version"]').innerText());

  await appendToGoals(workspace, "환자 대기 시간을 30% 줄인다.");

  await expect(workspace.locator('[data-id="header-version"]')).toHaveText(String(versionBefore + 1));
  await openSignTab(workspace);
  await expect(workspace.locator('[data-id="signature-history"] [data-id="superseded"]')).toHaveCount(1);
  await expect(workspace.locator('[data-id="party-company"] [data-id="not-signed"]')).toBeVisible();
});

test("a signature on a version that changed meanwhile is refused and the plan stays In Review", async ({
  page,
  request,
  browser
}) => {
  const { workspace } = await openAccountPage(page, request, KOREAN_HOSPITAL);
  await openSignTab(workspace);
  await workspace.locator('[data-id="sign-customer"]').click();

  // Meanwhile a colleague changes the content in another window: the version signed here is stale.
  const other = await browser.newPage();
  const { workspace: otherWorkspace } = await openAccountPage(other, request, KOREAN_HOSPITAL);
  await appendToGoals(otherWorkspace, "(updated)");
  await expect(otherWorkspace.locator('[data-id="header-version"]')).not.toHaveText(
    await workspace.locator('[data-id="header-version"]').innerText()
  );
  await other.close();

  const form = workspace.locator('[data-id="signature-form"]');
  await form.locator('[data-id="sign-signatory"]').click();
  await form.locator('[data-id="sign-signatory"] [role="option"]').first().click();
  await form.getByText("Email confirmation").click();
  await form.locator('[data-id="sign-evidence"] textarea').fill("Email confirming the plan.");
  await form.locator('[data-id="sign-submit"]').click();

  // Refused before the version is even compared: the page's revision is older than the plan's (STALE_REVISION).
  await expect(workspace.locator('[data-id="stale-alert"]')).toContainText("Preview User changed this plan at");
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("In Review");
});

test("after 12 months: start the review, record an outcome for every commitment, close, then start next period's plan", async ({
  page,
  request
}) => {
  const { errors, workspace } = await openAgreedPlan(page, request);
  await startTwelveMonthReview(workspace, request);

  const rows = workspace.locator('[data-id="review-commitment"]');
  const count = await rows.count();
  expect(count, "the agreed plan has commitments to review").toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await rows.nth(i).getByText("Kept", { exact: true }).click();
  }
  await workspace.locator('[data-id="review-feedback"] textarea').fill("Die Zusammenarbeit war verlässlich.");
  await workspace.locator('[data-id="review-close"]').click();

  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Closed");
  await expect(workspace.locator('[data-id="review-closed"]')).toBeVisible();

  await workspace.locator('[data-id="create-next"]').click();
  // The carry-over dialog: unfinished work is selected; every commitment was kept, so none is.
  const dialog = workspace.locator('[data-id="carry-over"]');
  await expect(dialog).toBeVisible();
  await dialog.locator('[data-id="carry-over-create"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Draft");
  await expect(workspace.locator('[data-id="header-version"]')).toHaveText("1");
  await expect(workspace.locator('[data-id="header-period"]')).toHaveText("Jul 1, 2027 – Jun 30, 2028");

  // What the next plan carries with the dialog's pre-selection (spec/README.md, Next plan, Carry-over): the goals,
  // the deferred need (undecided again), both initiatives (neither was achieved) with their committed needs (still
  // committed, linked), and no commitment (every one was kept).
  await workspace.getByRole("tab", { name: "Listen" }).click();
  await expect(workspace.locator('[data-id="customer-goals"] [data-id="goals"]')).toHaveText(
    "Die ambulante Immuntherapie ausbauen und ihre Ergebnisse messbar machen: weniger ungeplante stationäre " +
      "Aufnahmen wegen Nebenwirkungen und verlässliche Zahlen für das Qualitätsmanagement."
  );
  const needs = workspace.locator('c-accord-need-list [data-id="need"]');
  await expect(needs).toHaveCount(3);
  const undecided = needs.filter({ has: workspace.page().getByText("Not decided", { exact: true }) });
  await expect(undecided).toHaveCount(1);
  await expect(undecided.locator('[data-id="need-verbatim"]')).toHaveText(
    "Ein Telemonitoring für Patienten zu Hause wäre ideal, aber unsere IT hat dieses Jahr keine Kapazität."
  );
  await expect(needs.locator('[data-id="need-initiative"]')).toHaveCount(2); // the committed needs stay linked
  await workspace.getByRole("tab", { name: "Initiatives" }).click();
  const initiatives = workspace.locator("c-accord-initiative-list c-accord-initiative-item");
  await expect(initiatives.locator('[data-id="initiative-title"]')).toHaveText([
    "Auswertung ungeplanter Aufnahmen unter Immuntherapie",
    "Frühe Erlösplanung für neue onkologische Therapien"
  ]);
  await expect(initiatives.locator('[data-id="commitment-description"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
