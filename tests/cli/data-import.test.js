"use strict";
// `accord data import` against the loopback org: Bulk API 2.0 upserts by the triggers' external keys, the file
// checked before anything is sent, rows the org refuses written with the server's message, a failed job.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { FakeOrg } = require("./support/fakeOrg");
const { configurationRecords } = require("./support/orgSetup");
const { runAccord } = require("./support/runAccord");

const ACCOUNT_15 = "001000000000001";
const ACCOUNT_18 = "001000000000001AAA";
const ACCOUNT_B = "001000000000002AAA";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "accord-import-"));
test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function csvFile(name, lines) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  return file;
}

async function withOrg(options, body) {
  const org = await new FakeOrg({ records: configurationRecords(), ...options }).start();
  // (options.records replaces the configuration when a test brings its own records)
  try {
    return await body(org);
  } finally {
    await org.stop();
  }
}

const ingestCalls = (org) => org.requests.filter((r) => r.path.includes("/jobs/ingest")).length;

test("ratings: one bulk upsert by Rating_Key__c (18-character account Id + criterion); a second run updates", async () => {
  const file = csvFile("ratings.csv", [
    "Account__c,Criterion__c,Rating__c,Rationale__c",
    `${ACCOUNT_15},Patient_Potential,4,"Large oncology centre, growing"`,
    `${ACCOUNT_18},Strategic_Fit,5,`,
    `${ACCOUNT_B},Patient_Potential,2,Small`
  ]);
  await withOrg({}, async (org) => {
    const run = await runAccord(["data", "import", "ratings", file, "--json", "--interval", "0.01"], org.env());
    assert.equal(run.code, 0, run.stderr);
    const report = run.json();
    assert.equal(report.upserted, 3);
    assert.equal(report.jobs, 1);
    assert.equal(report.apiCalls, org.requests.length);
    const keys = org.records.Account_Selection_Rating__c.map((r) => r.Rating_Key__c).sort();
    assert.deepEqual(keys, [
      `${ACCOUNT_18}:Patient_Potential`,
      `${ACCOUNT_18}:Strategic_Fit`,
      `${ACCOUNT_B}:Patient_Potential`
    ]);
    const job = org.requests.find((r) => r.method === "POST" && r.path.endsWith("/jobs/ingest"));
    assert.deepEqual(JSON.parse(job.body), {
      object: "Account_Selection_Rating__c",
      externalIdFieldName: "Rating_Key__c",
      contentType: "CSV",
      operation: "upsert",
      lineEnding: "LF"
    });
    const again = await runAccord(["data", "import", "ratings", file, "--interval", "0.01"], org.env());
    assert.equal(again.code, 0, again.stderr);
    assert.equal(org.records.Account_Selection_Rating__c.length, 3, "upsert, not insert");
    assert.match(again.stdout, /3 of 3 row\(s\) upserted in 1 bulk job\(s\)/);
  });
});

test("a bad header is reported with its line before connecting; nothing is sent (exit 5)", async () => {
  const file = csvFile("bad-header.csv", ["Account__c,Criterion,Rating__c", `${ACCOUNT_18},Strategic_Fit,3`]);
  await withOrg({}, async (org) => {
    const run = await runAccord(["data", "import", "ratings", file], org.env());
    assert.equal(run.code, 5);
    assert.match(run.stdout, /bad-header\.csv:1 \(Criterion\): unknown column "Criterion"/);
    assert.match(run.stdout, /bad-header\.csv:1 \(Criterion__c\): the required column Criterion__c is missing/);
    assert.match(run.stderr, /nothing was sent/);
    assert.equal(org.requests.length, 0);
  });
});

test("bad values and duplicate keys: every one with line and column, no bulk job (exit 5)", async () => {
  const file = csvFile("bad-values.csv", [
    "Account__c,Criterion__c,Rating__c",
    `${ACCOUNT_18},Strategic_Fit,7`,
    `003000000000001AAA,Strategic_Fit,3`,
    `${ACCOUNT_18},Market_Size,3`,
    `${ACCOUNT_B},Strategic_Fit,`
  ]);
  await withOrg({}, async (org) => {
    const run = await runAccord(["data", "import", "ratings", file, "--json"], org.env());
    assert.equal(run.code, 5);
    const issues = run.json().issues.map((i) => `${i.line}|${i.column}`);
    assert.deepEqual(issues, ["2|Rating__c", "3|Account__c", "4|Criterion__c", "5|Rating__c"]);
    assert.match(
      run.json().issues[2].message,
      /"Market_Size" is not a configured selection criterion \(.*Strategic_Fit/
    );
    assert.equal(ingestCalls(org), 0);
    const duplicate = csvFile("duplicate.csv", [
      "Account__c,Criterion__c,Rating__c",
      `${ACCOUNT_18},Strategic_Fit,3`,
      `${ACCOUNT_15},Strategic_Fit,4`
    ]);
    const dup = await runAccord(["data", "import", "ratings", duplicate], org.env());
    assert.equal(dup.code, 5);
    assert.match(dup.stdout, /duplicate\.csv:3: the same account and criterion as line 2/);
    assert.equal(ingestCalls(org), 0);
  });
});

test("rows the org refuses: written with line and the server's sf__Error to <csv>.failed.csv (exit 1)", async () => {
  const file = csvFile("refused.csv", [
    "Account__c,Criterion__c,Rating__c",
    `${ACCOUNT_18},Strategic_Fit,3`,
    `${ACCOUNT_B},Strategic_Fit,4`,
    `${ACCOUNT_B},Patient_Potential,5`
  ]);
  const refuse = (job, row) =>
    row.Account__c === ACCOUNT_B
      ? `INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY:insufficient access rights on cross-reference id: ${ACCOUNT_B}:--`
      : null;
  await withOrg({ rejectRow: refuse }, async (org) => {
    const run = await runAccord(["data", "import", "ratings", file, "--interval", "0.01"], org.env());
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stdout,
      /1 of 3 row\(s\) upserted.*2 refused by the org, written with the reason to .*refused\.failed\.csv/
    );
    const failed = fs.readFileSync(path.join(tmp, "refused.failed.csv"), "utf8").split("\r\n");
    assert.equal(failed[0], "line,error,Account__c,Criterion__c,Rating__c");
    assert.equal(
      failed[1],
      `3,INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY:insufficient access rights on cross-reference id: ${ACCOUNT_B}:--,${ACCOUNT_B},Strategic_Fit,4`
    );
    assert.match(failed[2], /^4,INSUFFICIENT_ACCESS/);
    assert.equal(org.records.Account_Selection_Rating__c.length, 1);
  });
});

test("assessments: assessments upserted by Respondent_Key__c, then their ratings under the new Ids", async () => {
  const file = csvFile("survey.csv", [
    "Account__c,Period__c,Respondent_Type__c,Respondent_Contact__c,Respondent_User__c,Function__c,Submitted_On__c,Dimension__c,Score__c,Comment__c",
    `${ACCOUNT_18},2026,Customer,003000000000001AAA,,,2026-01-10,Trust_Transparency,4,Open and honest`,
    `${ACCOUNT_18},2026,Customer,003000000000001AAA,,,2026-01-10,Responsiveness,,`,
    `${ACCOUNT_18},2026,Internal,,005000000000001AAA,Medical,2026-01-12,Trust_Transparency,3,`,
    `${ACCOUNT_B},2026,Customer,003000000000002AAA,,,2026-01-11,Shared_Goals,5,`
  ]);
  const refuse = (job, row) =>
    job.object === "Collaboration_Assessment__c" && row.Account__c === ACCOUNT_B
      ? "FIELD_CUSTOM_VALIDATION_EXCEPTION:The respondent is not a contact of this account:Respondent_Contact__c --"
      : null;
  await withOrg({ rejectRow: refuse }, async (org) => {
    const run = await runAccord(["data", "import", "assessments", file, "--json", "--interval", "0.01"], org.env());
    assert.equal(run.code, 1, run.stderr);
    const report = run.json();
    assert.deepEqual(report.failed, [
      {
        line: 5,
        error:
          "FIELD_CUSTOM_VALIDATION_EXCEPTION:The respondent is not a contact of this account:Respondent_Contact__c --"
      }
    ]);
    assert.equal(report.jobs, 2);
    const assessments = org.records.Collaboration_Assessment__c;
    assert.deepEqual(assessments.map((a) => a.Respondent_Key__c).sort(), [
      `${ACCOUNT_18}:2026:003000000000001AAA`,
      `${ACCOUNT_18}:2026:005000000000001AAA`
    ]);
    const ratings = org.records.Collaboration_Rating__c;
    assert.equal(ratings.length, 3);
    const customer = assessments.find((a) => a.Respondent_Type__c === "Customer");
    assert.deepEqual(
      ratings
        .filter((r) => r.Assessment__c === customer.Id)
        .map((r) => r.Rating_Key__c)
        .sort(),
      [`${customer.Id}:Responsiveness`, `${customer.Id}:Trust_Transparency`]
    );
    assert.equal(
      ratings.find((r) => r.Rating_Key__c === `${customer.Id}:Responsiveness`).Score__c,
      null,
      "empty score is N/A"
    );
  });
});

test("assessments: a respondent that does not match its type, and rows of one assessment that disagree (exit 5)", async () => {
  const mismatch = csvFile("survey-type.csv", [
    "Account__c,Period__c,Respondent_Type__c,Respondent_Contact__c,Respondent_User__c,Dimension__c,Score__c",
    `${ACCOUNT_18},2026,Internal,003000000000001AAA,,Trust_Transparency,4`,
    `${ACCOUNT_B},2026,Customer,003000000000002AAA,,Trust_Transparency,4`
  ]);
  const disagree = csvFile("survey-disagree.csv", [
    "Account__c,Period__c,Respondent_Type__c,Respondent_Contact__c,Submitted_On__c,Dimension__c,Score__c",
    `${ACCOUNT_B},2026,Customer,003000000000002AAA,2026-01-10,Trust_Transparency,4`,
    `${ACCOUNT_B},2026,Customer,003000000000002AAA,2026-01-11,Shared_Goals,4`
  ]);
  await withOrg({}, async (org) => {
    const type = await runAccord(["data", "import", "assessments", mismatch, "--json"], org.env());
    assert.equal(type.code, 5);
    assert.deepEqual(
      type.json().issues.map((i) => `${i.line}: ${i.message}`),
      ["2: an Internal respondent needs Respondent_User__c (the User who rated)"]
    );
    const differ = await runAccord(["data", "import", "assessments", disagree, "--json"], org.env());
    assert.equal(differ.code, 5);
    assert.deepEqual(
      differ.json().issues.map((i) => `${i.line}|${i.column}: ${i.message}`),
      ["3|Submitted_On__c: Submitted_On__c differs from line 2 of the same assessment (respondent and period)"]
    );
    assert.equal(ingestCalls(org), 0);
  });
});

test("--dry-run checks against the org's configuration and sends nothing; a failed bulk job exits 4", async () => {
  const file = csvFile("dry.csv", ["Account__c,Criterion__c,Rating__c", `${ACCOUNT_18},Strategic_Fit,3`]);
  await withOrg({}, async (org) => {
    const dry = await runAccord(["data", "import", "ratings", file, "--dry-run"], org.env());
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /1 row\(s\) valid; nothing sent/);
    assert.equal(ingestCalls(org), 0);
    org.route((req, body, url, fake) => {
      const match = url.pathname.match(/jobs\/ingest\/(\w+)$/);
      if (req.method === "GET" && match) {
        const job = fake.jobs.get(match[1]);
        return {
          status: 200,
          body: {
            ...fake.jobInfo(job),
            state: "Failed",
            errorMessage: "InvalidBatch : Field name not found : Rating_Key__c"
          }
        };
      }
      return null;
    });
    const failed = await runAccord(["data", "import", "ratings", file, "--interval", "0.01"], org.env());
    assert.equal(failed.code, 4);
    assert.match(failed.stderr, /The bulk job 750\w+ failed: InvalidBatch : Field name not found : Rating_Key__c/);
  });
});

test("stakeholders: matched by account and Contact — existing ones updated by Id, new ones inserted", async () => {
  const file = csvFile("stakeholders.csv", [
    "Account__c,Contact__c,Role__c,Influence__c,Stance__c,Relationship_Strength__c,Is_Signatory__c,Last_Engaged_On__c",
    `${ACCOUNT_18},003000000000001AAA,Pharmacy_Director,5,1,4,true,2026-01-09`,
    `${ACCOUNT_15},003000000000002,Medical_Director,4,-2,2,false,`,
    `${ACCOUNT_B},003000000000003AAA,Nursing_Lead,3,0,3,false,`
  ]);
  const existing = {
    Id: "a0S000000000001AAA",
    Account__c: ACCOUNT_18,
    Contact__c: "003000000000001AAA",
    Role__c: "Pharmacy Director",
    Influence__c: 3
  };
  const refuse = (job, row) =>
    row.Contact__c === "003000000000003AAA"
      ? "FIELD_CUSTOM_VALIDATION_EXCEPTION:The Contact does not belong to this account:Contact__c --"
      : null;
  await withOrg(
    { records: { ...configurationRecords(), Account_Stakeholder__c: [existing] }, rejectRow: refuse },
    async (org) => {
      const run = await runAccord(["data", "import", "stakeholders", file, "--json", "--interval", "0.01"], org.env());
      assert.equal(run.code, 1, run.stderr);
      const report = run.json();
      assert.equal(report.jobs, 2);
      assert.deepEqual(report.failed, [
        {
          line: 4,
          error: "FIELD_CUSTOM_VALIDATION_EXCEPTION:The Contact does not belong to this account:Contact__c --"
        }
      ]);
      const jobs = org.requests
        .filter((r) => r.method === "POST" && r.path.endsWith("/jobs/ingest"))
        .map((r) => JSON.parse(r.body).operation);
      assert.deepEqual(jobs, ["update", "insert"]);
      const stakeholders = org.records.Account_Stakeholder__c;
      assert.equal(stakeholders.length, 2, "one updated, one inserted, one refused");
      assert.equal(stakeholders.find((s) => s.Id === existing.Id).Influence__c, "5");
      assert.equal(stakeholders.find((s) => s.Id !== existing.Id).Contact__c, "003000000000002");
    }
  );
});

test("stakeholders: src/core's ranges and value sets, before anything is sent (exit 5)", async () => {
  const file = csvFile("stakeholders-bad.csv", [
    "Account__c,Contact__c,Role__c,Influence__c,Stance__c,Decision_Role__c",
    `${ACCOUNT_18},003000000000001AAA,Chief Executive,6,3,Boss`
  ]);
  await withOrg({}, async (org) => {
    const run = await runAccord(["data", "import", "stakeholders", file, "--json"], org.env());
    assert.equal(run.code, 5);
    assert.deepEqual(
      run.json().issues.map((i) => i.column),
      ["Role__c", "Influence__c", "Decision_Role__c", "Stance__c"]
    );
    assert.match(run.json().issues[3].message, /Stance__c must be a whole number from -2 to 2, got "3"/);
    assert.equal(ingestCalls(org), 0);
  });
});

test("usage: unknown kind, missing file (exit 2 / 5)", async () => {
  const none = await runAccord(["data", "import", "contacts", "x.csv"], {
    SF_ACCESS_TOKEN: "x",
    SF_INSTANCE_URL: "http://127.0.0.1:9"
  });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /<stakeholders\|ratings\|assessments>/);
  const missing = await runAccord(["data", "import", "ratings", path.join(tmp, "nope.csv")]);
  assert.equal(missing.code, 5);
  assert.match(missing.stderr, /Cannot read .*nope\.csv/);
});
