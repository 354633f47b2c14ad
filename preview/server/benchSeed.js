"use strict";
// Bench-only synthetic accounts (ACCORD_PREVIEW_BENCH=1, used by scripts/bench-ui.js): plans with 10 / 50 / 200
// needs and stakeholder maps of 50 / 300 people. Added next to the sample data, never written to data/.

const { previewActor } = require("./actor");
const { requireCoreFunction } = require("./core");

const PLAN_SIZES = [10, 50, 200];
const MAP_SIZES = [50, 300];
const THEMES = ["Care pathway", "Access", "Data and outcomes", "Education", "Patient support"];
const VERBATIMS = [
  "Our patients wait too long between the tumour board and the start of therapy.",
  "Wir brauchen verlässliche Daten zu Nebenwirkungen in der Tagesklinik.",
  "면역항암제 부작용을 조기에 발견할 수 있는 체계가 필요합니다.",
  "外来化学療法の待ち時間を短縮したい。"
];

const uuid = (prefix, n) => `${prefix}-0000-4000-8000-${String(n).padStart(12, "0")}`;

function benchAccount(store, name) {
  const id = store.newId("Account");
  store.accounts.set(id, { Id: id, Name: name, Kam_Country_Code__c: "DE", BillingCity: "Bench" });
  return id;
}

/** A Draft plan with `size` needs, one initiative per ten needs, commitments from both parties. */
function benchPlan(accountId, accountName, size) {
  const initiatives = Array.from({ length: Math.max(1, Math.ceil(size / 10)) }, (_, i) => ({
    key: uuid("bbbbbbbb", i + 1),
    sequence: i + 1,
    title: `Bench initiative ${i + 1}`,
    successMeasure: "Median days from tumour board to therapy at most 10.",
    targetDate: "2027-09-30",
    status: "On track",
    commitments: ["Company", "Customer"].map((party, j) => ({
      key: uuid("cccccccc", i * 2 + j + 1),
      sequence: j + 1,
      party,
      description: `${party} commitment for initiative ${i + 1}`,
      ownerUserId: null,
      ownerContactId: null,
      ownerName: party === "Company" ? "Preview User" : "Customer owner",
      dueDate: "2027-06-30",
      status: "Open",
      reviewOutcome: null
    }))
  }));
  const decisions = ["Commit", "Defer", "Decline", "Pending"];
  const needs = Array.from({ length: size }, (_, i) => {
    const decision = decisions[i % decisions.length];
    return {
      key: uuid("aaaaaaaa", i + 1),
      sequence: i + 1,
      verbatim: `Bench need ${i + 1}: ${VERBATIMS[i % VERBATIMS.length]}`,
      theme: THEMES[i % THEMES.length],
      raisedById: null,
      raisedByName: null,
      customerPriority: (i % 5) + 1,
      decision,
      decisionRationale: decision === "Pending" ? null : `Rationale ${i + 1} written for the customer.`,
      initiativeKey: decision === "Commit" ? initiatives[i % initiatives.length].key : null
    };
  });
  return {
    accountId,
    accountName,
    status: "Draft",
    version: 1,
    contentHash: null,
    periodStart: "2027-01-01",
    periodEnd: "2027-12-31",
    customerGoals: "Bench goals.",
    planLanguage: "en",
    countryCode: "DE",
    sharedOn: null,
    agreedOn: null,
    reopenReason: null,
    needs,
    initiatives,
    signatures: [],
    reviews: []
  };
}

const ROLES = [
  "Medical_Director",
  "Pharmacy_Director",
  "Department_Head",
  "Nursing_Lead",
  "Payer_HTA_Lead",
  "Procurement_Finance_Head",
  "Quality_Outcomes_Lead",
  "IT_Data_Lead"
];

function benchStakeholders(store, accountId, size) {
  const ids = Array.from({ length: size }, () => store.newId("Account_Stakeholder__c"));
  return ids.map((id, i) => ({
    id,
    accountId,
    contactId: null,
    name: `Bench Person ${i + 1}`,
    role: ROLES[i % ROLES.length],
    influence: (i % 5) + 1,
    decisionRole: null,
    stance: (i % 5) - 2,
    relationshipStrength: ((i + 2) % 5) + 1,
    relationshipOwnerId: null,
    relationshipOwnerName: `Owner ${i % 4}`,
    // A tree: each person reports to an earlier one (about three direct reports each).
    reportsToId: i === 0 ? null : ids[Math.floor((i - 1) / 3)],
    isSignatory: i === 0,
    lastEngagedOn: "2026-10-01"
  }));
}

/** Adds the bench accounts; returns { plans: { size → accountId }, maps: { size → accountId } }. */
function addBenchAccounts(core, store) {
  const applyAction = requireCoreFunction(core, "applyAction");
  const index = { plans: {}, maps: {} };
  for (const size of PLAN_SIZES) {
    const name = `Bench plan ${size} needs`;
    const accountId = benchAccount(store, name);
    const content = benchPlan(accountId, name, size);
    const empty = { ...content, id: store.newId("Customer_Account_Plan__c"), needs: [], initiatives: [] };
    const result = applyAction(
      empty,
      { type: "save", plan: { ...content, id: empty.id } },
      previewActor(store, accountId),
      "2026-12-01T09:00:00.000Z"
    );
    if (!result.ok) throw new Error(`bench plan with ${size} needs: ${result.reason.code}: ${result.reason.message}`);
    store.plans.set(empty.id, result.plan);
    index.plans[size] = accountId;
  }
  for (const size of MAP_SIZES) {
    const accountId = benchAccount(store, `Bench map ${size} stakeholders`);
    store.stakeholders.push(...benchStakeholders(store, accountId, size));
    index.maps[size] = accountId;
  }
  return index;
}

module.exports = { addBenchAccounts, PLAN_SIZES, MAP_SIZES };
