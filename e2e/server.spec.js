"use strict";
// The preview's server side at the org boundary: Apex errors in Lightning's shape, rules from src/core, state that
// survives page reloads, and a reset to the sample data.

const { test, expect } = require("@playwright/test");
const { sampleAccounts, recordPageUrl, waitForComponents } = require("./support");

const apex = (request, method, params) => request.post(`/api/apex/${method}`, { data: params });

async function apexError(response) {
  const payload = await response.json();
  expect(typeof payload.message, "errors carry { message } like AuraHandledException").toBe("string");
  return JSON.parse(payload.message);
}

test("getWorkspace answers with the PlanWorkspaceDto shape", async ({ request }) => {
  const [account] = await sampleAccounts(request);
  const response = await apex(request, "AccordPlanController.getWorkspace", { accountId: account.id });
  expect(response.status()).toBe(200);
  const { result } = await response.json();
  expect(Object.keys(result).sort()).toEqual(["account", "otherPlans", "permissions", "plan", "stakeholders"]);
  expect(result.account).toEqual(account);
  expect(result.stakeholders.length).toBeGreaterThan(0);
  for (const s of result.stakeholders) expect(s.accountId).toBe(account.id);
});

test("errors arrive as { message: JSON of ApexErrorBody } with a stable code", async ({ request }) => {
  const missing = await apex(request, "AccordPlanController.getWorkspace", { accountId: "001000000000999AAA" });
  expect(missing.status()).toBe(404);
  expect(await apexError(missing)).toMatchObject({
    code: "ACCOUNT_NOT_FOUND",
    message: expect.stringContaining("001000000000999AAA")
  });

  const noParam = await apex(request, "AccordPlanController.getWorkspace", {});
  expect(noParam.status()).toBe(400);
  expect(await apexError(noParam)).toMatchObject({
    code: "INVALID_INPUT",
    message: expect.stringContaining("accountId")
  });

  const unknown = await apex(request, "AccordPlanController.deleteEverything", {});
  expect(unknown.status()).toBe(404);
  expect((await apexError(unknown)).code).toBe("NO_SUCH_METHOD");
});

test("a plan created through the controller survives page reloads, and reset restores the sample", async ({
  page,
  request
}) => {
  const [account] = await sampleAccounts(request);
  const created = await apex(request, "AccordPlanController.createPlan", {
    accountId: account.id,
    periodStart: "2031-01-01",
    planLanguage: "en"
  });
  expect(created.status(), JSON.stringify(await created.json())).toBe(200);
  const plan = (await created.json()).result;
  expect(plan).toMatchObject({ status: "Draft", version: 1, periodStart: "2031-01-01", periodEnd: "2031-12-31" });
  expect(plan.contentHash).toMatch(/^[0-9a-f]{64}$/);

  const duplicate = await apex(request, "AccordPlanController.createPlan", {
    accountId: account.id,
    periodStart: "2031-01-01",
    planLanguage: "en"
  });
  expect((await apexError(duplicate)).code).toBe("DUPLICATE_PLAN");

  // The page shows the new plan, and still does after a reload (the state lives in the server, not the page).
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  const period = workspace.locator('[data-id="header-period"]');
  await page.goto(recordPageUrl(account.id));
  await expect(period).toHaveText("Jan 1, 2031 – Dec 31, 2031");
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Draft");
  await page.reload();
  await expect(period).toHaveText("Jan 1, 2031 – Dec 31, 2031");
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Draft");
  await expect(workspace.locator('[data-id="header-version"]')).toHaveText("1");
  const after = (await (await apex(request, "AccordPlanController.getWorkspace", { accountId: account.id })).json())
    .result;
  expect(after.plan.id).toBe(plan.id);

  // The reset button reloads the page once the server has reset: wait for that load, or a later goto races it.
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reset sample data" }).click()]);
  await expect(page.locator('[data-id="record-page"]')).toBeVisible();
  const reset = (await (await apex(request, "AccordPlanController.getWorkspace", { accountId: account.id })).json())
    .result;
  expect(reset.plan === null || reset.plan.periodStart !== "2031-01-01").toBeTruthy();
  await page.goto(recordPageUrl(account.id));
  await waitForComponents(page);
  await expect(period).not.toHaveText("Jan 1, 2031 – Dec 31, 2031");
});

test("the lifecycle is src/core's: a content change to an agreed plan is rejected and changes nothing", async ({
  request
}) => {
  const accounts = await sampleAccounts(request);
  let agreed = null;
  for (const account of accounts) {
    const { result } = await (
      await apex(request, "AccordPlanController.getWorkspace", { accountId: account.id })
    ).json();
    if (result.plan && result.plan.status === "Agreed") agreed = result.plan;
  }
  expect(agreed, "the sample has an Agreed plan (walked through src/core's lifecycle)").toBeTruthy();
  const edited = { ...agreed, customerGoals: `${agreed.customerGoals} (edited)` };
  const response = await apex(request, "AccordPlanController.savePlan", { planJson: JSON.stringify(edited) });
  expect(response.status()).toBe(400);
  const body = await apexError(response);
  expect(body.code).toBe("CONTENT_LOCKED");
  const { result } = await (
    await apex(request, "AccordPlanController.getWorkspace", { accountId: agreed.accountId })
  ).json();
  expect(result.plan.customerGoals).toBe(agreed.customerGoals);
  expect(result.plan.version).toBe(agreed.version);
});

test("a stale signature is rejected by src/core with its reason code", async ({ request }) => {
  const accounts = await sampleAccounts(request);
  let inReview = null;
  for (const account of accounts) {
    const { result } = await (
      await apex(request, "AccordPlanController.getWorkspace", { accountId: account.id })
    ).json();
    if (result.plan && result.plan.status === "In Review") inReview = result.plan;
  }
  expect(inReview, "the sample has an In Review plan").toBeTruthy();
  const action = {
    type: "sign",
    revision: inReview.revision,
    party: "Customer",
    planVersion: inReview.version + 1,
    contentHash: "0".repeat(64),
    signerContactId: null,
    method: "Email",
    evidence: "stale",
    drawnSignaturePng: null
  };
  const response = await apex(request, "AccordPlanController.performAction", {
    planId: inReview.id,
    actionJson: JSON.stringify(action)
  });
  expect(response.status()).toBe(400);
  expect((await apexError(response)).code).toBe("STALE_VERSION");
});
