"use strict";
// Bench-only synthetic accounts (ACCORD_PREVIEW_BENCH=1, used by scripts/bench-ui.js): the plans (10 / 50 / 200
// needs) and stakeholder maps (50 / 300 people) of bench/data.js, added next to the sample data, never written to data/.

const data = require("../../bench/data");
const { previewActor } = require("./actor");

const PLAN_SIZES = [10, 50, 200];
const MAP_SIZES = [50, 300];

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
  const index = { plans: {}, maps: {} };
  for (const size of PLAN_SIZES) {
    const accountName = `Bench plan ${size} needs`;
    const accountId = benchAccount(store, accountName);
    const content = { ...data.plan(size, { accountId, accountName }), id: store.newId("Customer_Account_Plan__c") };
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
  return index;
}

module.exports = { addBenchAccounts, PLAN_SIZES, MAP_SIZES };
