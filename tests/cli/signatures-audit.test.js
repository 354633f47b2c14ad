"use strict";
// `accord signatures audit` against the loopback org: the spec's fingerprint vectors stored as signed plans must
// all match (the CLI reproduces hashes it did not compute), and every kind of tampering is reported with plan,
// version and party. Also: paging, the status filter, INVALID_FIELD, an expired session, sf org display auth.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { FakeOrg } = require("./support/fakeOrg");
const { vectorPlans, orgRecords, recordsOfPlan, SPEC } = require("./support/planFixtures");
const { runAccord } = require("./support/runAccord");

async function withOrg(planSets, options, body) {
  const org = await new FakeOrg({ records: orgRecords(planSets), ...options }).start();
  try {
    await body(org);
  } finally {
    await org.stop();
  }
}

test("every spec vector stored as a signed plan matches: exit 0, one query, calls counted", async () => {
  const plans = vectorPlans();
  await withOrg(
    plans.map((p) => p.records),
    {},
    async (org) => {
      const run = await runAccord(["signatures", "audit", "--json"], org.env());
      assert.equal(run.code, 0, run.stderr);
      const report = run.json();
      assert.equal(report.plans, SPEC.vectors.length);
      assert.deepEqual(report.mismatches, []);
      assert.equal(report.apiCalls, 1);
      assert.equal(org.requests.length, report.apiCalls);
      assert.match(org.requests[0].query, /Customer_Needs__r/);
    }
  );
});

test("each tampering is reported with plan, version and party; exit 1", async () => {
  const [a, b, c, d, e] = vectorPlans().slice(1, 6);
  a.records.plan.Content_Hash__c = "0".repeat(64); // stored hash overwritten
  b.records.signatures[1].Content_Hash__c = "f".repeat(64); // the customer signed something else
  c.records.signatures[0].Superseded__c = true; // no live company signature
  assert.ok(d.records.needs.length > 0, "the fourth vector has a need to edit");
  d.records.needs[0].Verbatim__c += " (edited after signing)"; // content changed after both signed
  const untouched = e;
  await withOrg(
    [a, b, c, d, untouched].map((p) => p.records),
    {},
    async (org) => {
      const run = await runAccord(["signatures", "audit", "--json"], org.env());
      assert.equal(run.code, 1, run.stderr);
      const found = run.json().mismatches.map((m) => `${m.planId}|${m.version}|${m.party}|${m.kind}`);
      const expected = [
        `${a.records.plan.Id}|1|plan|STORED_HASH_DIFFERS`,
        `${b.records.plan.Id}|1|Customer|SIGNATURE_HASH_DIFFERS`,
        `${c.records.plan.Id}|1|Company|SIGNATURE_MISSING`,
        `${d.records.plan.Id}|1|plan|STORED_HASH_DIFFERS`,
        `${d.records.plan.Id}|1|Company|SIGNATURE_HASH_DIFFERS`,
        `${d.records.plan.Id}|1|Customer|SIGNATURE_HASH_DIFFERS`
      ];
      assert.deepEqual(found.sort(), expected.sort());
      const human = await runAccord(["signatures", "audit"], org.env());
      assert.equal(human.code, 1);
      assert.match(
        human.stdout,
        new RegExp(`MISMATCH\\s+${b.records.plan.Id}\\s+Vector account \\d+ \\(Agreed, version 1\\)\\s+Customer`)
      );
      assert.match(human.stdout, /Audited 5 plan\(s\) \(Agreed 5\)/);
    }
  );
});

test("paged results: plans 5 per page and child lists cut after 1 record are followed to the end", async () => {
  const plans = vectorPlans();
  await withOrg(
    plans.map((p) => p.records),
    { pageSize: 5, childPageSize: 1 },
    async (org) => {
      const run = await runAccord(["signatures", "audit", "--json"], org.env());
      assert.equal(run.code, 0, run.stderr);
      const report = run.json();
      assert.equal(report.plans, plans.length);
      assert.deepEqual(report.mismatches, []);
      assert.ok(report.apiCalls > Math.ceil(plans.length / 5), `child pages were followed (${report.apiCalls} calls)`);
      assert.equal(org.requests.length, report.apiCalls);
    }
  );
});

test("only signed statuses are audited; --status and --country narrow the query", async () => {
  const vector = SPEC.vectors[0];
  const dto = { ...SPEC.planDefaults, ...vector.plan, accountName: "Draft account" };
  const hashes = { signedHash: () => "1".repeat(64), storedHash: "2".repeat(64) };
  const draft = recordsOfPlan(dto, { status: "Draft", ...hashes });
  const closedDe = recordsOfPlan(dto, { status: "Closed", countryCode: "DE", ...hashes });
  const reviewFr = recordsOfPlan(dto, { status: "Under Review", countryCode: "FR", ...hashes });
  await withOrg([draft, closedDe, reviewFr], {}, async (org) => {
    const all = (await runAccord(["signatures", "audit", "--json"], org.env())).json();
    assert.deepEqual(Object.keys(all.byStatus).sort(), ["Closed", "Under Review"]);
    const de = await runAccord(["signatures", "audit", "--json", "--country", "DE", "--status", "Closed"], org.env());
    assert.equal(de.code, 1);
    assert.deepEqual([...new Set(de.json().mismatches.map((m) => m.planId))], [closedDe.plan.Id]);
    const wrong = await runAccord(["signatures", "audit", "--status", "Draft"], org.env());
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /plans in this status are not signed/);
  });
});

test("a field the org lacks (older package) is INVALID_FIELD with what to do; exit 4", async () => {
  await withOrg(
    vectorPlans()
      .slice(0, 1)
      .map((p) => p.records),
    {},
    async (org) => {
      org.dropField("Customer_Account_Plan__c", "Content_Hash__c");
      const run = await runAccord(["signatures", "audit", "--json"], org.env());
      assert.equal(run.code, 4);
      const report = run.json();
      assert.equal(report.code, "INVALID_FIELD");
      assert.match(report.message, /No such column 'Content_Hash__c' on entity 'Customer_Account_Plan__c'/);
      assert.match(run.stderr, /Deploy the current Accord package/);
    }
  );
});

test("an expired session (401 INVALID_SESSION_ID) says how to log in again; exit 3", async () => {
  await withOrg([], {}, async (org) => {
    org.sessionExpired = true;
    const run = await runAccord(["signatures", "audit"], org.env());
    assert.equal(run.code, 3);
    assert.match(run.stderr, /expired or is invalid \(INVALID_SESSION_ID\)/);
    assert.match(run.stderr, /npx sf org login web --alias <alias> --instance-url http:\/\/127\.0\.0\.1:\d+/);
  });
});

test("--target-org takes the session from sf org display; an unknown alias says how to log in; exit 3", async () => {
  const fakeSf = path.join(__dirname, "support/fake-sf.js");
  await withOrg(
    vectorPlans()
      .slice(0, 2)
      .map((p) => p.records),
    {},
    async (org) => {
      const orgs = JSON.stringify({ kam: { instanceUrl: org.instanceUrl, accessToken: org.token } });
      const env = { ACCORD_SF_BIN: fakeSf, FAKE_SF_ORGS: orgs };
      const ok = await runAccord(["signatures", "audit", "--target-org", "kam", "--json"], env);
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(ok.json().plans, 2);
      const unknown = await runAccord(["signatures", "audit", "-o", "nobody"], env);
      assert.equal(unknown.code, 3);
      assert.match(
        unknown.stderr,
        /No usable session for the org 'nobody' \(Parsing --target-org\).*npx sf org login web --alias nobody/
      );
    }
  );
});

test("usage errors: no org, unknown option, unknown command, help on every command; exit 2 / 0", async () => {
  const none = await runAccord(["signatures", "audit"]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /--target-org <alias>.*SF_ACCESS_TOKEN and SF_INSTANCE_URL/);
  const bogus = await runAccord(["signatures", "audit", "--bogus"]);
  assert.equal(bogus.code, 2);
  assert.match(bogus.stderr, /Unknown option '--bogus'/);
  const unknown = await runAccord(["signatures", "check"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Did you mean: signatures audit/);
  const help = await runAccord(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Exit codes:/);
  const commands = [...help.stdout.matchAll(/^ {2}([a-z]+(?: [a-z]+)?)(?: <[^>]+>)* {2,}/gm)].map((m) => m[1]);
  assert.deepEqual(commands.sort(), [
    "config export",
    "config import",
    "data import",
    "doctor",
    "needs report",
    "plans export",
    "scores recompute",
    "signatures audit"
  ]);
  for (const command of commands) {
    const run = await runAccord([...command.split(" "), "--help"]);
    assert.equal(run.code, 0, command);
    assert.match(run.stdout, new RegExp(`^npx accord ${command}`), command);
    assert.match(run.stdout, /Examples:/, command);
  }
});
