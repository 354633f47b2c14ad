"use strict";
// `accord needs report` against the loopback org: needs of several accounts grouped exactly as src/core groups
// them, written as HTML (customer words escaped) or CSV; filters by status and country.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { importCore } = require("../../build/core-bundle");
const { FakeOrg } = require("./support/fakeOrg");
const { SPEC, recordsOfPlan, orgRecords } = require("./support/planFixtures");
const { runAccord } = require("./support/runAccord");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "accord-needs-"));
test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HEARD = [
  ["DE", "Agreed", "Patients wait too long between the tumour board and the start of therapy."],
  ["DE", "Draft", "Patients wait too long between tumour board and start of therapy"],
  ["FR", "Agreed", "Patients wait too long between the tumour board and therapy start."],
  ["FR", "Agreed", "<script>alert('x')</script> Nurses need training on the new infusion pumps & protocols"]
];

function needPlans() {
  return HEARD.map(([country, status, verbatim], i) => {
    const dto = {
      ...SPEC.planDefaults,
      accountName: `Hospital ${i + 1}`,
      needs: [
        {
          key: `n${i}`,
          sequence: 1,
          verbatim,
          theme: "Care pathway",
          raisedById: null,
          raisedByName: "Dr. A",
          customerPriority: 1,
          decision: i === 2 ? "Decline" : "Commit",
          decisionRationale: null,
          initiativeKey: null
        }
      ]
    };
    return recordsOfPlan(dto, {
      status,
      countryCode: country,
      signedHash: () => "0".repeat(64),
      storedHash: "0".repeat(64)
    });
  });
}

test("HTML: groups as src/core's groupNeeds makes them, customer words escaped", async () => {
  const sets = needPlans();
  const org = await new FakeOrg({ records: orgRecords(sets) }).start();
  try {
    const file = path.join(tmp, "needs.html");
    const run = await runAccord(["needs", "report", "--out", file, "--json"], org.env());
    assert.equal(run.code, 0, run.stderr);
    const core = await importCore();
    const expected = core.groupNeeds(
      sets.map((s) => ({
        accountId: s.account.Id,
        countryCode: s.plan.Country_Code__c,
        theme: "Care pathway",
        verbatim: s.needs[0].Verbatim__c,
        decision: s.needs[0].Decision__c
      }))
    );
    assert.equal(run.json().groups, expected.groups.length);
    assert.equal(expected.groups[0].accounts, 3, "the three wordings of one need are one group");
    const html = fs.readFileSync(file, "utf8");
    assert.ok(!html.includes("<script>"), "customer text is never markup");
    assert.match(
      html,
      /&#60;script&#62;alert\(&#39;x&#39;\)&#60;\/script&#62; Nurses need training on the new infusion pumps &#38; protocols/
    );
    assert.match(html, /<td>3<\/td><td>3<\/td><td>DE, FR<\/td><td>33\.3%<\/td>/);
  } finally {
    await org.stop();
  }
});

test("CSV with filters: --status Agreed --country FR; a bad --out is a usage error", async () => {
  const org = await new FakeOrg({ records: orgRecords(needPlans()) }).start();
  try {
    const file = path.join(tmp, "needs-fr.csv");
    const run = await runAccord(["needs", "report", "--out", file, "--status", "Agreed", "--country", "FR"], org.env());
    assert.equal(run.code, 0, run.stderr);
    const lines = fs.readFileSync(file, "utf8").trim().split("\r\n");
    assert.equal(
      lines[0],
      "rank,representative_verbatims,accounts,needs,countries,declined_or_deferred_percent,Pending,Commit,Defer,Decline,themes"
    );
    assert.equal(lines.length, 3, "two FR groups");
    assert.match(run.stdout, /2 needs in 2 groups/);
    const bad = await runAccord(["needs", "report", "--out", path.join(tmp, "needs.pdf")], org.env());
    assert.equal(bad.code, 2);
  } finally {
    await org.stop();
  }
});
