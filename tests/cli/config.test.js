"use strict";
// `accord config export|import` against the loopback org: CSV files from src/core's configuration module, checked
// before anything is sent, deployed in one all-or-nothing Metadata API deployment (dry run = checkOnly), and a
// deployment with component errors reported file by file.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { FakeOrg } = require("./support/fakeOrg");
const { configurationRecords } = require("./support/orgSetup");
const { deploySimulator } = require("./support/deploy");
const { runAccord } = require("./support/runAccord");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "accord-config-"));
test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function withOrg(body) {
  const org = await new FakeOrg({ records: configurationRecords() }).start();
  try {
    return await body(org);
  } finally {
    await org.stop();
  }
}

/** Sets one column of the row whose DeveloperName is `name` (values without commas or quotes); returns its line. */
function setCell(file, name, column, value) {
  const lines = fs.readFileSync(file, "utf8").split("\r\n");
  const header = lines[0].split(",");
  const i = lines.findIndex((l) => l.startsWith(`${name},`));
  assert.ok(i > 0 && header.includes(column), `row ${name}, column ${column} in ${file}`);
  // Quoted cells may hold commas: rebuild the row from a CSV-aware split.
  const cells = [...lines[i].matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]).slice(0, header.length);
  cells[header.indexOf(column)] = value;
  lines[i] = cells.join(",");
  fs.writeFileSync(file, lines.join("\r\n"));
  return i + 1;
}

test("export writes one CSV per type; an edited file deploys only what changed, dry run first", async () => {
  await withOrg(async (org) => {
    const deploys = deploySimulator(org);
    const folder = path.join(tmp, "export");
    const exported = await runAccord(["config", "export", "--out", folder, "--json"], org.env());
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(exported.json().files.length, 8);
    const countries = path.join(folder, "Country_Setting.csv");
    assert.match(
      fs.readFileSync(countries, "utf8"),
      /^DeveloperName,Label,Country_Code__c,Archetype__c,Kam_Readiness__c,Pull_Through_Strategy__c,Review_Cadence_Months__c/
    );
    const unchanged = await runAccord(["config", "import", folder], org.env());
    assert.equal(unchanged.code, 0, unchanged.stderr);
    assert.match(unchanged.stdout, /nothing to deploy/);
    const [de] = org.records.Country_Setting__mdt.filter((c) => c.Country_Code__c === "DE");
    setCell(countries, de.DeveloperName, "Review_Cadence_Months__c", "6");
    const dry = await runAccord(["config", "import", folder, "--dry-run", "--json", "--interval", "0.01"], org.env());
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(dry.json().changed, [`Country_Setting.${de.DeveloperName}`]);
    assert.equal(deploys.seen.at(-1).options.checkOnly, true);
    assert.equal(deploys.seen.at(-1).type, "application/zip");
    assert.notEqual(org.records.Country_Setting__mdt.find((c) => c.Id === de.Id).Review_Cadence_Months__c, "6");
    const real = await runAccord(["config", "import", countries, "--interval", "0.01"], org.env());
    assert.equal(real.code, 0, real.stderr);
    assert.match(real.stdout, /Deployed 1 record\(s\) in one deployment/);
    assert.deepEqual(deploys.seen.at(-1).options, { checkOnly: false, rollbackOnError: true, singlePackage: true });
    assert.equal(
      org.records.Country_Setting__mdt.find((c) => c.DeveloperName === de.DeveloperName).Review_Cadence_Months__c,
      "6"
    );
    const manifest = deploys.deployments.get(deploys.seen.at(-1).id).manifest;
    assert.match(
      manifest,
      new RegExp(`<members>Country_Setting.${de.DeveloperName}</members>\\s*<name>CustomMetadata</name>`)
    );
  });
});

test("a bad row is reported with file and line, and nothing is deployed (exit 5)", async () => {
  await withOrg(async (org) => {
    const deploys = deploySimulator(org);
    const folder = path.join(tmp, "bad");
    await runAccord(["config", "export", "--out", folder], org.env());
    const countries = path.join(folder, "Country_Setting.csv");
    const [de] = org.records.Country_Setting__mdt.filter((c) => c.Country_Code__c === "DE");
    const line = setCell(countries, de.DeveloperName, "Country_Code__c", "Germany");
    const run = await runAccord(["config", "import", folder, "--json"], org.env());
    assert.equal(run.code, 5);
    const issues = run.json().issues;
    assert.ok(
      issues.some((i) => i.file === "Country_Setting.csv" && i.line === line),
      JSON.stringify(issues)
    );
    assert.match(run.stderr, /nothing was sent/);
    assert.equal(deploys.seen.length, 0);
  });
});

test("a deployment with component errors lists them and changes nothing (exit 4)", async () => {
  await withOrg(async (org) => {
    const deploys = deploySimulator(org, {
      refuse: (fullName) =>
        fullName.startsWith("Country_Setting.")
          ? "In field: field - no CustomField named Country_Setting__mdt.Review_Cadence_Months__c found"
          : null
    });
    const folder = path.join(tmp, "refused");
    await runAccord(["config", "export", "--out", folder], org.env());
    const countries = path.join(folder, "Country_Setting.csv");
    const [de] = org.records.Country_Setting__mdt.filter((c) => c.Country_Code__c === "DE");
    setCell(countries, de.DeveloperName, "Review_Cadence_Months__c", "9");
    const before = JSON.stringify(org.records.Country_Setting__mdt);
    const run = await runAccord(["config", "import", folder, "--interval", "0.01"], org.env());
    assert.equal(run.code, 4);
    assert.match(run.stderr, /The deployment 0Af\w+ failed \(Failed\); nothing was changed\. Component errors:/);
    assert.match(
      run.stderr,
      new RegExp(
        `customMetadata/Country_Setting\\.${de.DeveloperName}\\.md:5: In field: field - no CustomField named Country_Setting__mdt.Review_Cadence_Months__c found`
      )
    );
    assert.equal(JSON.stringify(org.records.Country_Setting__mdt), before);
    assert.equal(deploys.seen.length, 1);
  });
});
