"use strict";
// The 12-month review starts no earlier than the plan's country allows (Review_Earliest_Months__c after agreement,
// default 9): the preview refuses it as AccordPlanService does, with REVIEW_TOO_EARLY and the label
// Accord_Error_REVIEW_TOO_EARLY in the user's language, and changes nothing. The server's clock is set
// (POST /preview/api/clock), so the journey does not depend on today's date.

const { test, expect } = require("@playwright/test");
const { resetSampleData, openAgreedPlan, setPreviewClock } = require("./support");

test.describe.configure({ mode: "serial" });

// The sample's Agreed plan (data/plans.json) was agreed on 2026-07-16; Germany sets no earliest month: 9 apply.
const EARLIEST = "2027-04-16";
const DAY_BEFORE = "2027-04-15T23:30:00.000Z";

const apex = (request, method, params, headers) =>
  request.post(`/api/apex/${method}`, { data: params, ...(headers ? { headers } : {}) });

async function apexError(response) {
  expect(response.ok(), "the request is refused").toBeFalsy();
  return JSON.parse((await response.json()).message);
}

async function agreedPlan(request) {
  const plans = (await (await request.get("/preview/api/plans")).json()).result;
  const summary = plans.find((plan) => plan.status === "Agreed");
  expect(summary, "the sample has an Agreed plan").toBeTruthy();
  const response = await apex(request, "AccordPlanController.getPlanWorkspace", { planId: summary.id });
  return (await response.json()).result.plan;
}

test.beforeEach(({ request }) => resetSampleData(request));

test("the server refuses the 12-month review before the day the country allows, in the user's language", async ({
  request,
  baseURL
}) => {
  const agreed = await agreedPlan(request);
  expect(agreed.agreedOn.slice(0, 10)).toBe("2026-07-16");
  const startReview = (headers) =>
    apex(
      request,
      "AccordPlanController.performAction",
      { planId: agreed.id, actionJson: JSON.stringify({ type: "startReview", revision: agreed.revision }) },
      headers
    );

  await setPreviewClock(request, DAY_BEFORE);
  const english = await apexError(await startReview());
  expect(english.code).toBe("REVIEW_TOO_EARLY");
  expect(english.message).toBe(
    `The 12-month review can start on ${EARLIEST} at the earliest, as the country setting allows. Hold check-ins until then.`
  );
  // The label in the language of the page that asks (UserInfo.getLanguage() in the org).
  const japanese = await apexError(await startReview({ referer: `${baseURL}/?lang=ja` }));
  expect(japanese.code).toBe("REVIEW_TOO_EARLY");
  expect(japanese.message).toContain(EARLIEST);
  expect(japanese.message).not.toBe(english.message);
  expect(japanese.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);

  // Refused before anything was written: the plan, its revision included, is as it was.
  const unchanged = await apex(request, "AccordPlanController.getPlanWorkspace", { planId: agreed.id });
  expect((await unchanged.json()).result.plan).toEqual(agreed);

  // From the earliest day on, the review starts.
  await setPreviewClock(request, `${EARLIEST}T00:00:00.000Z`);
  const started = await startReview();
  expect(started.ok(), JSON.stringify(await started.json())).toBeTruthy();
  expect((await started.json()).result).toMatchObject({ status: "Under Review", revision: agreed.revision + 1 });
});

test("the Review tab shows the refusal with the first allowed date and the plan stays Agreed", async ({
  page,
  request
}) => {
  await setPreviewClock(request, DAY_BEFORE);
  const { errors, workspace } = await openAgreedPlan(page, request);
  await workspace.getByRole("tab", { name: "Review" }).click();
  await workspace.locator('[data-id="review-start"]').click();
  await expect(page.getByText(`The 12-month review can start on ${EARLIEST} at the earliest`)).toBeVisible();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Agreed");
  // The browser logs the refused request (HTTP 400) and nothing else.
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
});
