"use strict";
// `accord doctor` against the loopback org: a ready org passes every check; each kind of unreadiness is a
// warn or fail line with its fix; an object the user cannot read fails that check only.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { FakeOrg } = require("./support/fakeOrg");
const { readyOrgRecords, LANGUAGES_OF_PACKAGE } = require("./support/orgSetup");
const { runAccord } = require("./support/runAccord");

const ROOT = path.join(__dirname, "../..");

async function doctorOn(records, prepare = () => {}) {
  const org = await new FakeOrg({ records }).start();
  try {
    prepare(org);
    const run = await runAccord(["doctor", "--json"], org.env());
    return { run, report: JSON.parse(run.stdout), calls: org.requests.length };
  } finally {
    await org.stop();
  }
}

const line = (report, check) => report.checks.filter((c) => c.check === check);

test("a ready org: every check passes, exit 0, calls counted", async () => {
  const { run, report, calls } = await doctorOn(readyOrgRecords());
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(
    report.checks.filter((c) => c.status !== "pass"),
    [],
    "the packaged and starter configuration has no gap"
  );
  const names = report.checks.map((c) => c.check);
  for (const expected of [
    "API version",
    "permission set Accord_Admin",
    "permission set Accord_Plan_Manager",
    "permission set Accord_User",
    "configuration",
    ...LANGUAGES_OF_PACKAGE.map((l) => `translation ${l}`),
    "nightly score recompute",
    "trigger bypass"
  ]) {
    assert.ok(names.includes(expected), expected);
  }
  assert.equal(report.apiCalls, calls);
});

test("an unready org: each problem is a warn or fail with its fix; exit 1", async () => {
  const records = readyOrgRecords();
  records.PermissionSet = records.PermissionSet.filter((p) => p.Name !== "Accord_User");
  records.PermissionSetAssignment = records.PermissionSetAssignment.filter(
    (a) => a.PermissionSetId !== "0PS000000000000AAA"
  );
  records.Translation.find((t) => t.Language === "ja").IsActive = false;
  records.Translation = records.Translation.filter((t) => t.Language !== "ko");
  records.CronTrigger = [];
  records.SetupEntityAccess = [
    { Id: "0J0000000000001AAA", ParentId: "0PS000000000001AAA", SetupEntityId: "0CP000000000001AAA" }
  ];
  // A required role loses its only profile: a configuration gap (src/core's findConfigurationGaps).
  const required = records.Archetype_Required_Role__mdt[0];
  records.Stakeholder_Role_Profile__mdt = records.Stakeholder_Role_Profile__mdt.filter(
    (p) => p.Role_Code__c !== required.Role_Code__c
  );
  const { run, report } = await doctorOn(records);
  assert.equal(run.code, 1, run.stderr);
  const [user] = line(report, "permission set Accord_User");
  assert.equal(user.status, "fail");
  assert.match(user.fix, /npm run deploy -- --target-org <alias>/);
  const [admin] = line(report, "permission set Accord_Admin");
  assert.equal(admin.status, "warn");
  assert.match(admin.fix, /npx sf org assign permset --name Accord_Admin/);
  assert.equal(line(report, "translation ja")[0].status, "warn");
  assert.match(line(report, "translation ko")[0].detail, /not enabled/);
  assert.equal(line(report, "nightly score recompute")[0].status, "warn");
  assert.match(line(report, "nightly score recompute")[0].fix, /AccordRecomputeSchedule.scheduleNightly/);
  const [bypass] = line(report, "trigger bypass");
  assert.equal(bypass.status, "fail");
  assert.match(bypass.detail, /left on for Max Manager \(Accord_Plan_Manager\)/);
  const gaps = line(report, "configuration");
  assert.ok(gaps.length > 0 && gaps.every((g) => g.status === "warn"), JSON.stringify(gaps));
  assert.ok(gaps.some((g) => g.detail.includes(`requires role ${required.Role_Code__c}, which has no role profile`)));
  const human = await (async () => {
    const org = await new FakeOrg({ records }).start();
    try {
      return await runAccord(["doctor"], org.env());
    } finally {
      await org.stop();
    }
  })();
  assert.match(human.stdout, /^FAIL {2}permission set Accord_User: missing\n {6}fix: /m);
  assert.match(human.stdout, /passed, \d+ warning\(s\), 2 failed/);
});

test("no configuration at all fails with the starter command; an invalid record fails with its message", async () => {
  const empty = readyOrgRecords();
  empty.Country_Setting__mdt = [];
  const none = await doctorOn(empty);
  assert.equal(none.run.code, 1);
  assert.match(line(none.report, "configuration")[0].fix, /npm run config:starter -- --target-org/);
  const invalid = readyOrgRecords();
  invalid.Country_Setting__mdt[0].Country_Code__c = "Germany";
  const bad = await doctorOn(invalid);
  assert.equal(bad.run.code, 1);
  assert.ok(
    line(bad.report, "configuration").some((c) => c.status === "fail" && /Country_Code__c|country code/i.test(c.detail))
  );
});

test("an object the user cannot read fails that check only (INVALID_TYPE), the others still run", async () => {
  const { run, report } = await doctorOn(readyOrgRecords(), (org) => delete org.schema.Translation);
  assert.equal(run.code, 1);
  const [translations] = line(report, "translations");
  assert.equal(translations.status, "fail");
  assert.match(translations.detail, /INVALID_TYPE/);
  assert.equal(line(report, "trigger bypass")[0].status, "pass");
});

test("the job name and the bypass permission are the Apex constants", () => {
  const doctor = fs.readFileSync(path.join(ROOT, "cli/commands/doctor.ts"), "utf8");
  const constant = (name) => doctor.match(new RegExp(`${name} = "([^"]+)"`))[1];
  const apex = (file) => fs.readFileSync(path.join(ROOT, "force-app/main/default/classes", file), "utf8");
  assert.match(
    apex("scores/AccordRecomputeSchedule.cls"),
    new RegExp(`JOB_NAME = '${constant("RECOMPUTE_JOB_NAME")}'`)
  );
  assert.match(apex("triggers/AccordTriggerBypass.cls"), new RegExp(`PERMISSION = '${constant("BYPASS_PERMISSION")}'`));
});
