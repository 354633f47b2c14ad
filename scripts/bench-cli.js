"use strict";
// npm run bench (second part): the accord CLI against the loopback org of tests/cli. Prints wall time and API
// calls, and the same figures for the record-at-a-time baseline measured in this run. Never fails on time.

const { performance } = require("node:perf_hooks");
const { importCore } = require("../build/core-bundle");
const { FakeOrg } = require("../tests/cli/support/fakeOrg");
const { recordsOfPlan, orgRecords } = require("../tests/cli/support/planFixtures");
const { runAccord } = require("../tests/cli/support/runAccord");

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { configurationRecords } = require("../tests/cli/support/orgSetup");
const { planDto: benchPlan } = require("../bench/data");

const AUDIT_PLANS = 10000;
const IMPORT_ROWS = 100000;
const IMPORT_BASELINE_ROWS = 1000;
const BASELINE_PLANS = 500;
const TAMPERED_EVERY = 1000;

/** A signed plan of realistic size: goals, 4 needs, 2 initiatives with 2 commitments each. */
function planDto(core, i) {
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
  return benchPlan(core, {
    accountName: `Klinikum ${i}`,
    status: "Agreed",
    version: 2,
    revision: 9,
    periodStart: "2025-07-01",
    periodEnd: "2026-06-30",
    customerGoals: `Shorter pathways for plan ${i}.`,
    planLanguage: "de",
    needs,
    initiatives
  });
}

async function signedPlans(count) {
  const core = await importCore();
  const sets = [];
  for (let i = 0; i < count; i++) {
    const dto = planDto(core, i);
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

/** Record-at-a-time upsert by external key (PATCH /sobjects/Object/Field/Value), answered by the loopback org. */
function sobjectUpsertRoute(req, body, url, org) {
  const match = url.pathname.match(/\/sobjects\/(\w+)\/(\w+)\/([^/]+)$/);
  if (req.method !== "PATCH" || !match) return null;
  const [, object, field, value] = match;
  const list = (org.records[object] ??= []);
  const key = decodeURIComponent(value);
  const existing = org.index(object, field).get(key);
  if (existing) {
    Object.assign(existing[0], JSON.parse(body));
    return { status: 204, body: "" };
  }
  const record = { Id: `a0Y${String(list.length).padStart(15, "0")}`, ...JSON.parse(body), [field]: key };
  list.push(record);
  org.index(object, field).set(key, [record]);
  return { status: 201, body: { id: record.Id, success: true, errors: [], created: true } };
}

async function benchImport() {
  const criteria = configurationRecords().Selection_Criterion__mdt.map((c) => c.DeveloperName);
  const lines = ["Account__c,Criterion__c,Rating__c,Rationale__c"];
  for (let i = 0; lines.length <= IMPORT_ROWS; i++) {
    const account = `001${String(i).padStart(12, "0")}`;
    for (const criterion of criteria) {
      if (lines.length > IMPORT_ROWS) break;
      lines.push(`${account},${criterion},${1 + ((i + criterion.length) % 5)},Rated in the 2026 account review`);
    }
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-bench-"));
  const file = path.join(folder, "ratings.csv");
  fs.writeFileSync(file, lines.join("\n") + "\n");
  const org = await new FakeOrg({ records: configurationRecords() }).start();
  try {
    org.route(sobjectUpsertRoute);
    const started = performance.now();
    const run = await runAccord(["data", "import", "ratings", file, "--json", "--interval", "0.2"], org.env());
    const seconds = (performance.now() - started) / 1000;
    if (run.code !== 0) throw new Error(`data import exited ${run.code}: ${run.stderr}`);
    const report = run.json();
    const stored = org.records.Account_Selection_Rating__c.length;
    if (report.upserted !== IMPORT_ROWS || stored !== IMPORT_ROWS)
      throw new Error(`imported ${report.upserted}, stored ${stored}`);
    const serverCalls = org.requests.length;
    // Baseline: one REST upsert per row, as a script on jsforce's sobject().upsert() per record would send.
    const baseStart = performance.now();
    for (const line of lines.slice(1, IMPORT_BASELINE_ROWS + 1)) {
      const [account, criterion, rating, rationale] = line.split(",");
      const key = `${account}AAA:${criterion}`;
      const response = await fetch(
        `${org.instanceUrl}/services/data/v65.0/sobjects/Account_Selection_Rating__c/Rating_Key__c/${encodeURIComponent(key)}`,
        {
          method: "PATCH",
          headers: { Authorization: `Bearer ${org.token}`, "Content-Type": "application/json" },
          body: JSON.stringify({
            Account__c: account,
            Criterion__c: criterion,
            Rating__c: Number(rating),
            Rationale__c: rationale
          })
        }
      );
      if (!response.ok) throw new Error(`baseline upsert: ${response.status}`);
    }
    const baseSeconds = (performance.now() - baseStart) / 1000;
    console.log(
      `\naccord data import ratings (loopback org, ${IMPORT_ROWS.toLocaleString("en")} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB CSV)`
    );
    console.log(
      `  accord (Bulk API 2.0): ${seconds.toFixed(1)} s wall, ${report.apiCalls} API calls (the server counted ${serverCalls}) ` +
        `in ${report.jobs} job(s): validation, create, upload, close, status polls, no failed rows`
    );
    console.log(
      `  record-at-a-time REST upsert, measured on ${IMPORT_BASELINE_ROWS.toLocaleString("en")} rows: ${IMPORT_BASELINE_ROWS} calls in ${baseSeconds.toFixed(1)} s ` +
        `→ ${IMPORT_ROWS.toLocaleString("en")} calls, ~${((baseSeconds / IMPORT_BASELINE_ROWS) * IMPORT_ROWS).toFixed(0)} s for ${IMPORT_ROWS.toLocaleString("en")} rows (loopback, no latency)`
    );
    console.log(`  API calls: ${(IMPORT_ROWS / report.apiCalls).toFixed(0)}× fewer than record-at-a-time`);
  } finally {
    await org.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function main() {
  await benchAudit();
  await benchImport();
}

module.exports = { planDto, signedPlans };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.stack);
    process.exitCode = 1;
  });
}
