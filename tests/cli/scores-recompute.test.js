"use strict";
// `accord scores recompute` against the loopback org: starts the batch through executeAnonymous, follows its four
// phase jobs to RECOMPUTE_FINISHED, lists failed accounts, and reports a failed job or a refusal clearly.

const test = require("node:test");
const assert = require("node:assert/strict");
const { FakeOrg } = require("./support/fakeOrg");
const { recomputeSimulator } = require("./support/recompute");
const { runAccord } = require("./support/runAccord");

async function recompute(options, args = ["--json"]) {
  const org = await new FakeOrg({
    records: {
      AsyncApexJob: [
        {
          Id: "707000000000OLDAAA",
          ApexClassId: "01p000000000001AAA",
          JobType: "BatchApex",
          Status: "Completed",
          JobItemsProcessed: 5,
          TotalJobItems: 5,
          NumberOfErrors: 0,
          CreatedDate: "2025-12-01T02:00:00.000+0000"
        }
      ],
      Accord_Log__c: [
        { Id: "a0LOLD", Source__c: "AccordRecomputeBatch", Code__c: "RECOMPUTE_FINISHED", Message__c: "an earlier run" }
      ]
    }
  }).start();
  try {
    const state = recomputeSimulator(org, options);
    const run = await runAccord(["scores", "recompute", "--interval", "0.01", ...args], org.env());
    return { run, state, org };
  } finally {
    await org.stop();
  }
}

test("starts once, follows every phase to the summary, exit 0", async () => {
  const { run, state } = await recompute({ phases: 4, batchesPerPhase: 3 });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(state.started, 1);
  const report = run.json();
  assert.equal(report.jobs.length, 4, "the earlier run's job is not counted");
  assert.ok(report.jobs.every((j) => j.status === "Completed" && j.batches === 3));
  assert.equal(report.summary, "10 accounts updated, 3 unchanged, 0 failed");
  assert.deepEqual(report.failures, []);
});

test("accounts that failed are listed from Accord_Log__c; exit 1", async () => {
  const { run } = await recompute({ phases: 2, failedAccounts: ["001000000000007AAA"] }, []);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /FAILED {2}001000000000007AAA {2}INVALID_RATING: Rating 7 is out of range/);
  assert.match(run.stdout, /Recompute finished in 2 job\(s\): 9 accounts updated/);
});

test("a failed job stops with its status detail; exit 4", async () => {
  const { run } = await recompute({ phases: 4, failPhase: 2 });
  assert.equal(run.code, 4);
  assert.match(run.stderr, /A recompute job failed \(707\w+\): First error: Apex CPU time limit exceeded/);
});

test("the org's refusal (already running, no Accord_Configure) is reported; exit 4", async () => {
  const { run } = await recompute({ refuse: "AccordRuleException: A score recompute is already running." });
  assert.equal(run.code, 4);
  assert.match(
    run.stderr,
    /refused to start the recompute: AccordRuleException: A score recompute is already running\..*Accord_Configure/
  );
});

test("the batch class name is the Apex class", () => {
  const fs = require("node:fs");
  const path = require("node:path");
  const root = path.join(__dirname, "../..");
  const cli = fs.readFileSync(path.join(root, "cli/commands/scoresRecompute.ts"), "utf8");
  const name = cli.match(/RECOMPUTE_CLASS = "([^"]+)"/)[1];
  assert.ok(fs.existsSync(path.join(root, `force-app/main/default/classes/scores/${name}.cls`)));
  assert.match(
    fs.readFileSync(path.join(root, `force-app/main/default/classes/scores/${name}.cls`), "utf8"),
    /'RECOMPUTE_FINISHED'/
  );
});
