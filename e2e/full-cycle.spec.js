"use strict";
// The whole plan cycle in the preview's real workspace, from an account without a plan: create, listen,
// commit from both sides, decide, share, a drawn customer signature and the company's, Agreed, the 12-month
// review, Closed. With ACCORD_SCREENSHOTS=<folder> each step is also photographed
// (`npm run screenshots` writes them to docs/screenshots/journey-*.png).

const { test, expect } = require("@playwright/test");
const { resetSampleData, openAccountPage, captureErrors, passTwelveMonths, choose, photograph } = require("./support");

const ACCOUNT_WITHOUT_PLAN = /Minatogawa/;
let shot = 0;

/** Photographs the workspace at a step of the journey (journey-NN-<step>.png) when ACCORD_SCREENSHOTS names a folder. */
async function photographStep(workspace, step) {
  shot += 1;
  await photograph(workspace, `journey-${String(shot).padStart(2, "0")}-${step}.png`, {
    style: ".slds-notify_container { display: none !important; }" // toasts would cover the header
  });
}

/** Types an ISO date into a lightning-input of type date the way an en-US user does ("Jan 1, 2027"). */
async function fillDate(input, isoDate) {
  const [year, month, day] = isoDate.split("-").map(Number);
  const month3 = new Date(Date.UTC(year, month - 1, day)).toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  await input.fill(`${month3} ${day}, ${year}`);
  await input.press("Tab");
}

async function addNeed(workspace, { verbatim, raisedBy, theme, priority }) {
  const entry = workspace.locator('[data-id="need-entry"]');
  await choose(entry, "need-raised-by", raisedBy);
  await choose(entry, "need-theme", theme);
  await choose(entry, "need-priority", priority);
  await entry.locator('[data-id="need-verbatim"] textarea').fill(verbatim);
  // Keyboard-first capture: Enter adds the need and keeps the focus for the next one.
  await entry.locator('[data-id="need-verbatim"] textarea').press("Enter");
  await expect(workspace.locator('[data-id="need-verbatim"]', { hasText: verbatim })).toBeVisible();
}

async function decide(workspace, verbatim, { decision, rationale, initiative }) {
  const need = workspace.locator('[data-id="need"]', { hasText: verbatim });
  await need.locator('[data-id="need-decide"]').click();
  const form = need.locator('[data-id="need-decision-form"]');
  await form.locator('[data-id="need-decision"]').getByText(decision, { exact: true }).click();
  await form.locator('[data-id="need-rationale"] textarea').fill(rationale);
  if (initiative) await choose(form, "need-initiative", initiative);
  await form.locator('[data-id="need-decision-save"]').click();
  await expect(need.locator('[data-id="need-decision-badge"]')).toHaveText(decision);
}

async function addCommitment(workspace, party, { description, owner, due }) {
  await workspace.locator(`[data-id="commitment-add-${party}"]`).click();
  const form = workspace.locator(`[data-id="commitments-${party}"] [data-id="commitment-form"]`);
  await form.locator('[data-id="commitment-description"] textarea').fill(description);
  if (party === "customer") await choose(form, "commitment-owner-contact", owner);
  else await form.locator('[data-id="commitment-owner-name"] input').fill(owner);
  await fillDate(form.locator('[data-id="commitment-due-date"] input'), due);
  await form.locator('[data-id="commitment-form-save"]').click();
  await expect(workspace.locator(`[data-id="commitments-${party}"] [data-id="commitment-description"]`)).toHaveText(
    description
  );
}

/** Draws a short stroke on the signature canvas with the mouse (pointer events, as a finger would). */
async function drawSignature(canvas) {
  // The mouse draws only inside the viewport: bring the pad into view (components above may push it down).
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const page = canvas.page();
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
  await page.mouse.down();
  for (const [x, y] of [
    [0.25, 0.3],
    [0.4, 0.75],
    [0.55, 0.35],
    [0.7, 0.7],
    [0.85, 0.4]
  ]) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 5 });
  }
  await page.mouse.up();
}

async function openTab(workspace, name) {
  await workspace.getByRole("tab", { name }).click();
}

test.beforeEach(({ request }) => resetSampleData(request));

test("full cycle from an account without a plan: create, listen, commit, decide, share, sign by drawing, agree, review, close", async ({
  page,
  request
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const errors = captureErrors(page);
  const { account, workspace } = await openAccountPage(page, request, ACCOUNT_WITHOUT_PLAN);

  // 1. Empty state: no plan yet, create the first one.
  await expect(workspace.locator('[data-id="create-plan"]')).toBeVisible();
  await photographStep(workspace, "empty");
  await fillDate(workspace.locator('[data-id="period-start"] input'), "2027-01-01");
  await workspace.locator('[data-id="create-submit"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Draft");
  await expect(workspace.locator('[data-id="header-version"]')).toHaveText("1");

  // 2. Listening: the customer's goals and needs in their own words.
  const goals = workspace.locator('[data-id="customer-goals"]');
  await goals.locator('[data-id="goals-edit"]').click();
  await goals
    .locator('[data-id="goals-text"] textarea')
    .fill("COPD患者の再入院を減らし、地域の病院と治療方針をそろえたい。");
  await goals.locator('[data-id="goals-save"]').click();
  await expect(goals.locator('[data-id="goals"]')).toContainText("COPD患者の再入院を減らし");
  const readmissions = "退院後30日以内の再入院が多すぎます。吸入指導を退院前に確実に行いたい。";
  const formulary = "新しい吸入薬を採用するには薬事委員会向けの費用データが必要です。";
  const congress = "学会への参加費用を援助してほしい。";
  await addNeed(workspace, { verbatim: readmissions, raisedBy: "鈴木", theme: "Care pathway", priority: "5" });
  await addNeed(workspace, { verbatim: formulary, raisedBy: "田中", theme: "Budget and cost", priority: "4" });
  await addNeed(workspace, { verbatim: congress, raisedBy: "鈴木", theme: "Education", priority: "2" });
  await photographStep(workspace, "listening");

  // 3. Initiative and commitments from both sides.
  await openTab(workspace, "Initiatives");
  await workspace.locator('[data-id="initiative-add"]').click();
  const form = workspace.locator('[data-id="initiative-form"]');
  await form.locator('[data-id="initiative-title"] input').fill("退院前吸入指導プログラム");
  await form.locator('[data-id="initiative-success-measure"] textarea').fill("COPD再入院率を12か月で20%下げる");
  await fillDate(form.locator('[data-id="initiative-target-date"] input'), "2027-12-31");
  await form.locator('[data-id="initiative-form-save"]').click();
  await expect(workspace.locator('[data-id="initiative-title"]')).toHaveText("退院前吸入指導プログラム");
  await addCommitment(workspace, "company", {
    description: "病棟看護師向けの吸入指導研修を年4回提供する",
    owner: "Key account manager",
    due: "2027-06-30"
  });
  await addCommitment(workspace, "customer", {
    description: "退院前の吸入指導をクリニカルパスに組み込む",
    owner: "山本",
    due: "2027-09-30"
  });
  await photographStep(workspace, "initiatives");

  // 4. A decision on every need, with a rationale the customer reads.
  await openTab(workspace, "Listen");
  await decide(workspace, readmissions, {
    decision: "Commit",
    rationale: "退院前吸入指導プログラムで共に取り組みます。",
    initiative: "退院前吸入指導プログラム"
  });
  await decide(workspace, formulary, {
    decision: "Defer",
    rationale: "採用申請の時期が決まり次第、費用データを準備します。"
  });
  await decide(workspace, congress, {
    decision: "Decline",
    rationale: "業界の自主規範により、学会参加費用の個別援助はできません。"
  });
  await photographStep(workspace, "decisions");

  // 5. Share: the readiness check passes, the plan goes to the customer.
  await openTab(workspace, "Share and sign");
  await expect(workspace.locator('[data-id="ready"]')).toBeVisible();
  await workspace.locator('[data-id="share"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("In Review");
  await photographStep(workspace, "shared");

  // 6. The customer signs in the meeting by drawing on the screen.
  await workspace.locator('[data-id="sign-customer"]').click();
  const signature = workspace.locator('[data-id="signature-form"]');
  await choose(signature, "sign-signatory", "鈴木");
  await expect(signature.locator('[data-id="signature-canvas"]')).toBeVisible();
  await drawSignature(signature.locator('[data-id="signature-canvas"]'));
  await photographStep(workspace, "drawn-signature");
  await signature.locator('[data-id="sign-submit"]').click();
  await expect(workspace.locator('[data-id="party-customer"] [data-id="signed"]')).toBeVisible();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("In Review");

  // 7. The key account manager countersigns the same version, also on the screen: Agreed.
  await workspace.locator('[data-id="sign-company"]').click();
  await drawSignature(signature.locator('[data-id="signature-canvas"]'));
  await signature.locator('[data-id="sign-submit"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Agreed");
  await expect(workspace.locator('[data-id="agreed"]')).toBeVisible();
  await expect(workspace.locator('[data-id="party-company"] [data-id="signed"]')).toBeVisible();
  await expect(workspace.locator('[data-id="party-customer"] [data-id="signed"]')).toContainText("鈴木");
  await photographStep(workspace, "agreed");

  // 8. The customer document: what both sides signed, declined need and fingerprint included.
  await openTab(workspace, "Customer document");
  const documentView = workspace.locator('[data-id="document"]');
  await expect(documentView).toContainText(congress);
  await expect(documentView).toContainText("業界の自主規範により");
  await expect(documentView.locator('[data-id="doc-signatures"]')).toContainText("鈴木");
  // The company signer, too, is named in the Japanese plan's order (family name first), as the server snapshots it.
  await expect(documentView.locator('[data-id="doc-signatures"]')).toContainText("User Preview");
  // Both signatures were drawn in the meeting: the document shows each drawing (the stored file), loaded.
  const drawings = documentView.locator('[data-id="doc-signature-image"]');
  await expect(drawings).toHaveCount(2);
  await expect(drawings.first()).toHaveAttribute("alt", /鈴木/);
  expect(
    await drawings.evaluateAll((images) => images.every((image) => image.complete && image.naturalWidth > 0))
  ).toBe(true);
  // The fingerprint shown is the plan's SHA-256 as the server stored it, and the page recomputed the same.
  const { result: agreed } = await (
    await request.post("/api/apex/AccordPlanController.getWorkspace", { data: { accountId: account.id } })
  ).json();
  expect(agreed.plan.status).toBe("Agreed");
  expect(agreed.plan.contentHash).toMatch(/^[0-9a-f]{64}$/);
  await expect(documentView.locator('[data-id="doc-hash"]')).toHaveText(agreed.plan.contentHash);
  await expect(documentView.locator('[data-id="doc-verified"]')).toBeVisible();
  const short = agreed.plan.contentHash
    .match(/^(.{4})(.{4})(.{4})/)
    .slice(1)
    .join(" ");
  await expect(workspace.locator('[data-id="header-fingerprint"]')).toHaveText(short);
  await workspace.locator('[data-id="save-file"]').click();
  await expect(workspace.locator('[data-id="open-file"]'), "the PDF is saved as a file on the plan").toBeVisible();
  await photographStep(workspace, "document");

  // 9. Twelve months later: review with the customer, an outcome for every commitment, then close.
  await passTwelveMonths(request);
  await openTab(workspace, "Review");
  await workspace.locator('[data-id="review-start"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Under Review");
  const rows = workspace.locator('[data-id="review-commitment"]');
  await expect(rows).toHaveCount(2);
  await rows.nth(0).getByText("Kept", { exact: true }).click();
  await rows.nth(1).getByText("Partly kept", { exact: true }).click();
  await workspace
    .locator('[data-id="review-feedback"] textarea')
    .fill("研修は好評でした。パスへの組み込みは来年度に完了します。");
  await photographStep(workspace, "review");
  await workspace.locator('[data-id="review-close"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Closed");
  await expect(workspace.locator('[data-id="review-closed"]')).toBeVisible();
  await photographStep(workspace, "closed");
  expect(errors).toEqual([]);
});
