"use strict";
// Bench-only synthetic accounts (ACCORD_PREVIEW_BENCH=1, used by scripts/bench-ui.js): the plans (10 / 50 / 200
// needs) and stakeholder maps (50 / 300 people) of bench/data.js, added next to the sample data, never written to data/.

const data = require("../../bench/data");
const { previewActor } = require("./actor");

const PLAN_SIZES = [10, 50, 200];
const MAP_SIZES = [50, 300];
const COLLABORATION_SIZES = [480];
const PERIODS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"];

/** Submitted assessments over 8 periods, rating the configured dimensions (deterministic scores). */
function benchAssessments(store, accountId, count) {
  const functions = ["Medical", "Sales", "Market Access", "HEOR"];
  return Array.from({ length: count }, (_, i) => {
    const respondentType = i % 3 === 0 ? "Internal" : "Customer";
    return {
      id: store.newId("Collaboration_Assessment__c"),
      accountId,
      planId: null,
      respondentType,
      function: respondentType === "Internal" ? functions[i % functions.length] : null,
      respondentName: `Bench respondent ${i + 1}`,
      period: PERIODS[i % PERIODS.length],
      submittedOn: "2026-11-30",
      ratings: store.config.dimensions
        .filter((d) => d.audience === "Both" || d.audience === respondentType)
        .map((d, j) => ({ dimension: d.code, score: ((i * 7 + j * 3) % 5) + 1, comment: null }))
    };
  });
}

function benchAccount(store, name) {
  const id = store.newId("Account");
  store.accounts.set(id, { Id: id, Name: name, Kam_Country_Code__c: "DE", BillingCity: "Bench" });
  return id;
}

/**
 * Adds the bench accounts; returns { plans: { size → accountId }, maps: { size → accountId } }. Each plan is
 * created empty and its content saved with src/core's applyAction, as the seed does.
 * @param {import("./core").Core} core
 */
function addBenchAccounts(core, store) {
  const index = { plans: {}, maps: {}, collaboration: {} };
  for (const size of PLAN_SIZES) {
    const accountName = `Bench plan ${size} needs`;
    const accountId = benchAccount(store, accountName);
    const content = {
      ...data.plan(core, size, { accountId, accountName }),
      id: store.newId("Customer_Account_Plan__c")
    };
    const empty = { ...content, needs: [], initiatives: [] };
    const result = core.applyAction(
      empty,
      { type: "save", plan: content },
      previewActor(store, accountId),
      "2026-12-01T09:00:00.000Z"
    );
    if (!result.ok) throw new Error(`bench plan with ${size} needs: ${result.reason.code}: ${result.reason.message}`);
    store.plans.set(content.id, result.plan);
    index.plans[size] = accountId;
  }
  for (const size of MAP_SIZES) {
    const accountId = benchAccount(store, `Bench map ${size} stakeholders`);
    store.stakeholders.push(
      ...data.stakeholders(size, { accountId, newId: () => store.newId("Account_Stakeholder__c") })
    );
    index.maps[size] = accountId;
  }
  for (const size of COLLABORATION_SIZES) {
    const accountId = benchAccount(store, `Bench collaboration ${size} assessments`);
    store.assessments.push(...benchAssessments(store, accountId, size));
    index.collaboration[size] = accountId;
  }
  return index;
}

module.exports = { addBenchAccounts, PLAN_SIZES, MAP_SIZES, COLLABORATION_SIZES };
