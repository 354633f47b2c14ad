"use strict";
// Lost updates are impossible: every save and action carries the plan revision its page read, and the server
// refuses one made from an older revision (STALE_REVISION) instead of overwriting what came since. Two pages on
// one plan, as two colleagues would have them, and the same rule at the preview's Apex boundary.

const { test, expect } = require("@playwright/test");
const { resetSampleData, appendToGoals, captureErrors, planPageUrl, passTwelveMonths } = require("./support");

test.describe.configure({ mode: "serial" });

const apex = (request, method, params) => request.post(`/api/apex/${method}`, { data: params });

async function planWithStatus(request, status) {
  const response = await request.get("/preview/api/plans");
  expect(response.ok(), "the preview server lists the sample plans").toBeTruthy();
  const summary = (await response.json()).result.find((plan) => plan.status === status);
  expect(summary, `the sample has a plan in status ${status}`).toBeTruthy();
  return storedPlan(request, summary.id);
}

async function storedPlan(request, planId) {
  const response = await apex(request, "AccordPlanController.getPlanWorkspace", { planId });
  expect(response.ok()).toBeTruthy();
  return (await response.json()).result.plan;
}

async function apexError(response) {
  expect(response.status()).toBe(400);
  return JSON.parse((await response.json()).message);
}

/** The plan's record page (the workspace shows that plan), loaded. */
async function openPlan(page, planId) {
  await page.goto(planPageUrl(planId));
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  await expect(workspace.locator('[data-id="plan-header"]')).toBeVisible();
  await expect(workspace.locator('[data-id="customer-goals"]')).toBeVisible();
  return workspace;
}

test.beforeEach(({ request }) => resetSampleData(request));

test("two pages on one plan: the second save is refused with who changed it, and nothing is lost", async ({
  context,
  request
}) => {
  const plan = await planWithStatus(request, "Draft");
  const first = await context.newPage();
  const second = await context.newPage();
  const errorsOfFirst = captureErrors(first);
  const errorsOfSecond = captureErrors(second);
  const pageA = await openPlan(first, plan.id);
  const pageB = await openPlan(second, plan.id);

  // A saves first.
  await appendToGoals(pageA, "Edit from page A.");
  await expect(pageA.locator('[data-id="save-status"]')).toHaveText("All changes saved");
  expect((await storedPlan(request, plan.id)).revision).toBe(plan.revision + 1);

  // B, still on the revision it opened, is refused: an alert says who changed the plan and when, with Reload.
  await appendToGoals(pageB, "Edit from page B.");
  const alert = pageB.locator('[data-id="stale-alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute("role", "alert");
  await expect(alert).toContainText("Someone else changed this plan");
  await expect(pageB.locator('[data-id="stale-message"]')).toHaveText(
    /^Preview User changed this plan at \d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2}\s?[AP]M, after you opened it\. Reload the plan to see that change, then make yours again\.$/
  );
  await expect(alert.getByRole("button", { name: "Reload the plan" })).toBeVisible();
  await expect(pageB.locator('[data-id="save-status"]')).toHaveText("Changes not saved yet");
  // What B typed stays on B's page; the server kept A's edit and not B's.
  await expect(pageB.locator('[data-id="goals"]')).toContainText("Edit from page B.");
  const stored = await storedPlan(request, plan.id);
  expect(stored.customerGoals).toContain("Edit from page A.");
  expect(stored.customerGoals).not.toContain("Edit from page B.");
  expect(stored.revision).toBe(plan.revision + 1);

  // A's edit survives a reload of A's page.
  await first.reload();
  await expect(pageA.locator('[data-id="plan-header"]')).toBeVisible();
  await expect(pageA.locator('[data-id="goals"]')).toContainText("Edit from page A.");
  await expect(pageA.locator('[data-id="goals"]')).not.toContainText("Edit from page B.");

  // B reloads: the current plan, with B's unsaved edit kept aside to apply again.
  await alert.getByRole("button", { name: "Reload the plan" }).click();
  await expect(alert).toBeHidden();
  await expect(pageB.locator('[data-id="goals"]')).toContainText("Edit from page A.");
  const notice = pageB.locator('[data-id="reapply"]');
  await expect(notice).toContainText("Your 1 unsaved edits are kept");
  await notice.getByRole("button", { name: "Apply my edits again" }).click();
  await expect(pageB.locator('[data-id="save-status"]')).toHaveText("All changes saved");
  const after = await storedPlan(request, plan.id);
  expect(after.customerGoals).toContain("Edit from page B.");
  expect(after.revision).toBe(plan.revision + 2);
  // No page logged an error, except the browser's note of B's one refused request (HTTP 400).
  expect(errorsOfFirst).toEqual([]);
  expect(errorsOfSecond.filter((e) => !/status of 400/.test(e))).toEqual([]);
  expect(errorsOfSecond.length).toBeLessThanOrEqual(1);
});

test("the server refuses a save or an action without the current revision and changes nothing", async ({ request }) => {
  const draft = await planWithStatus(request, "Draft");
  const withoutRevision = { ...draft, customerGoals: "without a revision" };
  delete withoutRevision.revision;
  let body = await apexError(
    await apex(request, "AccordPlanController.savePlan", { planJson: JSON.stringify(withoutRevision) })
  );
  expect(body).toMatchObject({ code: "STALE_REVISION", recordKey: draft.id });
  expect(body.message).toMatch(/^Preview User changed this plan at /);

  // A progress edit of an agreed plan made from an older revision: refused, in every status.
  const agreed = await planWithStatus(request, "Agreed");
  const progress = JSON.parse(JSON.stringify(agreed));
  progress.initiatives[0].status = "At risk";
  progress.revision = agreed.revision - 1;
  body = await apexError(await apex(request, "AccordPlanController.savePlan", { planJson: JSON.stringify(progress) }));
  expect(body.code).toBe("STALE_REVISION");

  const startReview = (revision) =>
    apex(request, "AccordPlanController.performAction", {
      planId: agreed.id,
      actionJson: JSON.stringify(revision === undefined ? { type: "startReview" } : { type: "startReview", revision })
    });
  expect((await apexError(await startReview(undefined))).code).toBe("STALE_REVISION");
  expect((await apexError(await startReview(agreed.revision + 1))).code).toBe("STALE_REVISION");
  expect(await storedPlan(request, agreed.id)).toEqual(agreed);

  // From the current revision both pass, and each write moves the revision on by one.
  progress.revision = agreed.revision;
  const saved = await apex(request, "AccordPlanController.savePlan", { planJson: JSON.stringify(progress) });
  expect(saved.ok()).toBeTruthy();
  expect((await saved.json()).result.revision).toBe(agreed.revision + 1);
  await passTwelveMonths(request);
  const started = await startReview(agreed.revision + 1);
  expect(started.ok()).toBeTruthy();
  expect((await started.json()).result).toMatchObject({ status: "Under Review", revision: agreed.revision + 2 });
});
