"use strict";
// npm run bench (second part): the accord CLI against the loopback org of tests/cli. Prints wall time and API
// calls, and the same figures for the record-at-a-time baseline measured in this run. Never fails on time.

const { performance } = require("node:perf_hooks");
const { importCore } = require("../build/core-bundle");
const { FakeOrg } = require("../tests/cli/support/fakeOrg");
const { recordsOfPlan, orgRecords } = require("../tests/cli/support/planFixtures");
const { runAccord } = require("../tests/cli/support/runAccord");

const AUDIT_PLANS = 10000;
const BASELINE_PLANS = 500;
const TAMPERED_EVERY = 1000;

/** A signed plan of realistic size: goals, 4 needs, 2 initiatives with 2 commitments each. */
function planDto(i) {
  const initiatives = [1, 2].map((n) => ({
    key: `ini-${i}-${n}`,
    sequence: n,
    title: `Initiative ${n} of plan ${i}: shorten the time to therapy`,
    successMeasure: `Median under ${10 + n} days`,
    targetDate: "2026-03-31",
    status: "On track",
    commitments: ["Company", "Customer"].map((party, c) => ({
      key: `com-${i}-${n}-${c}`,
      sequence: c + 1,
      party,
      description: `${party} commitment ${c + 1} for initiative ${n}`,
      ownerUserId: null,
      ownerContactId: null,
      ownerName: party === "Company" ? "Anna Schmidt" : "Dr. Eva Roth",
      dueDate: "2026-01-31",
      status: "Open",
      reviewOutcome: null
    }))
  }));
  const needs = [1, 2, 3, 4].map((n) => ({
    key: `need-${i}-${n}`,
    sequence: n,
    verbatim: `Patients wait too long between the tumour board and therapy start (${i}/${n}).`,
    theme: "Care pathway",
    raisedById: null,
    raisedByName: "Dr. Jonas Weber",
    customerPriority: n,
    decision: n === 4 ? "Decline" : "Commit",
    decisionRationale: n === 4 ? "Outside what we may offer." : null,
    initiativeKey: n === 4 ? null : `ini-${i}-${1 + (n % 2)}`
  }));
  return {
    accountId: "001000000000001AAA",
    accountName: `Klinikum ${i}`,
    status: "Agreed",
    version: 2,
    revision: 9,
    contentHash: null,
    periodStart: "2025-07-01",
    periodEnd: "2026-06-30",
    customerGoals: `Shorter pathways for plan ${i}.`,
    planLanguage: "de",
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

async function signedPlans(count) {
  const core = await importCore();
  const sets = [];
  for (let i = 0; i < count; i++) {
    const dto = planDto(i);
    const hash = core.planFingerprint(dto);
    const tampered = i % TAMPERED_EVERY === 0;
    sets.push(
      recordsOfPlan(dto, {
        status: "Agreed",
        signedHash: (party) => (tampered && party === "Customer" ? "0".repeat(64) : hash),
        storedHash: hash
      })
    );
  }
  return sets;
}

/** The record-at-a-time way: list the plans, then one query per child object per plan (what the CLI avoids). */
async function recordAtATime(org, planIds) {
  let calls = 0;
  const get = async (soql) => {
    calls++;
    const response = await fetch(`${org.instanceUrl}/services/data/v65.0/query?q=${encodeURIComponent(soql)}`, {
      headers: { Authorization: `Bearer ${org.token}` }
    });
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    return response.json();
  };
  await get("SELECT Id FROM Customer_Account_Plan__c WHERE Status__c IN ('Agreed', 'Under Review', 'Closed')");
  for (const id of planIds) {
    await get(`SELECT Id, Key__c, Verbatim__c, Initiative__c FROM Customer_Need__c WHERE Plan__c = '${id}'`);
    const initiatives = await get(`SELECT Id, Key__c, Title__c FROM Plan_Initiative__c WHERE Plan__c = '${id}'`);
    for (const initiative of initiatives.records) {
      await get(`SELECT Id, Key__c, Party__c FROM Plan_Commitment__c WHERE Initiative__c = '${initiative.Id}'`);
    }
    await get(`SELECT Id, Party__c, Content_Hash__c FROM Plan_Signature__c WHERE Plan__c = '${id}'`);
  }
  return calls;
}

async function benchAudit() {
  const sets = await signedPlans(AUDIT_PLANS);
  const org = await new FakeOrg({ records: orgRecords(sets) }).start();
  try {
    const started = performance.now();
    const run = await runAccord(["signatures", "audit", "--json"], org.env());
    const seconds = (performance.now() - started) / 1000;
    if (run.code !== 1) throw new Error(`signatures audit exited ${run.code}: ${run.stderr}`);
    const report = run.json();
    const serverCalls = org.requests.length;
    const expectedMismatches = Math.ceil(AUDIT_PLANS / TAMPERED_EVERY);
    if (report.plans !== AUDIT_PLANS || report.mismatches.length !== expectedMismatches) {
      throw new Error(`audit saw ${report.plans} plans, ${report.mismatches.length} mismatches`);
    }
    const baselineIds = sets.slice(0, BASELINE_PLANS).map((s) => s.plan.Id);
    const baseStart = performance.now();
    const baseCalls = await recordAtATime(org, baselineIds);
    const baseSeconds = (performance.now() - baseStart) / 1000;
    const perPlanCalls = (baseCalls - 1) / BASELINE_PLANS;
    const extrapolatedCalls = 1 + perPlanCalls * AUDIT_PLANS;
    const extrapolatedSeconds = (baseSeconds / BASELINE_PLANS) * AUDIT_PLANS;
    console.log(`\naccord signatures audit (loopback org, ${AUDIT_PLANS.toLocaleString("en")} Agreed plans)`);
    console.log(
      `  accord: ${seconds.toFixed(1)} s wall (${report.seconds.toFixed(1)} s in the command: query, paging, fingerprints), ` +
        `${report.apiCalls} API calls (the server counted ${serverCalls}), ${report.mismatches.length} mismatches found as planted`
    );
    console.log(
      `  record-at-a-time baseline, measured on ${BASELINE_PLANS} plans: ${baseCalls} calls in ${baseSeconds.toFixed(1)} s ` +
        `→ ${Math.round(extrapolatedCalls).toLocaleString("en")} calls, ~${extrapolatedSeconds.toFixed(0)} s for ${AUDIT_PLANS.toLocaleString("en")} (on loopback, no network latency)`
    );
    console.log(`  API calls: ${(extrapolatedCalls / report.apiCalls).toFixed(0)}× fewer than record-at-a-time`);
  } finally {
    await org.stop();
  }
}

async function main() {
  await benchAudit();
}

module.exports = { planDto, signedPlans };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.stack);
    process.exitCode = 1;
  });
}
