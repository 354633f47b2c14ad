"use strict";
// `accord plans export` against the loopback org: canonical JSON from src/core (the spec's own canonical lines
// and hashes), PDFs downloaded byte for byte from the plan's saved File, missing ones rendered in the org once.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { FakeOrg } = require("./support/fakeOrg");
const { vectorPlans, orgRecords } = require("./support/planFixtures");
const { runAccord } = require("./support/runAccord");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "accord-export-"));
test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A PDF's bytes, with values that do not survive a text decoding. */
const pdfBytes = (planId) =>
  Buffer.concat([Buffer.from(`%PDF-1.4\n% plan ${planId}\n`), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff, 0x0a])]);

/** executeAnonymous of saveAsFile for a list of plans, and VersionData downloads (application/octet-stream). */
function documentRoutes(org, { failRender = false } = {}) {
  const rendered = [];
  org.route((req, body, url, fake) => {
    if (url.pathname.endsWith("/tooling/executeAnonymous/")) {
      const source = url.searchParams.get("anonymousBody");
      const ids = [...source.matchAll(/'(\w{18})'/g)].map((m) => m[1]);
      assert.match(source, /AccordPlanDocumentController\.saveAsFile\(planId\)/);
      if (failRender) {
        return {
          status: 200,
          body: {
            compiled: true,
            success: false,
            compileProblem: null,
            exceptionMessage: "System.VisualforceException: Insufficient privileges"
          }
        };
      }
      for (const id of ids) {
        const plan = fake.records.Customer_Account_Plan__c.find((p) => p.Id === id);
        fake.records.ContentVersion.push({
          Id: `068${id.slice(3)}`,
          FirstPublishLocationId: id,
          PathOnClient: `account-plan-v${plan.Version__c}.pdf`,
          IsLatest: true,
          Data: pdfBytes(id)
        });
      }
      fake.indexes.clear();
      rendered.push(...ids);
      return { status: 200, body: { compiled: true, success: true, compileProblem: null, exceptionMessage: null } };
    }
    const download = url.pathname.match(/\/sobjects\/ContentVersion\/(\w+)\/VersionData$/);
    if (download) {
      const file = fake.records.ContentVersion.find((f) => f.Id === download[1]);
      return { status: 200, body: file.Data.toString("latin1"), type: "application/octet-stream", binary: true };
    }
    return null;
  });
  return rendered;
}

async function exportOrg() {
  const plans = vectorPlans().slice(0, 3);
  plans[2].records.plan.Status__c = "Closed";
  const records = orgRecords(plans.map((p) => p.records));
  // The first plan already has its document saved for its current version.
  const first = plans[0].records.plan;
  records.ContentVersion = [
    {
      Id: "068000000000000OLD",
      FirstPublishLocationId: first.Id,
      PathOnClient: "account-plan-v0.pdf",
      IsLatest: true,
      Data: Buffer.from("old version")
    },
    {
      Id: "068000000000000CUR",
      FirstPublishLocationId: first.Id,
      PathOnClient: `account-plan-v${first.Version__c}.pdf`,
      IsLatest: true,
      Data: pdfBytes(first.Id)
    }
  ];
  return { plans, org: await new FakeOrg({ records }).start() };
}

test("Agreed plans: canonical JSON as the spec defines it, PDFs byte for byte, only missing ones rendered", async () => {
  const { plans, org } = await exportOrg();
  try {
    const rendered = documentRoutes(org);
    const folder = path.join(tmp, "agreed");
    const run = await runAccord(["plans", "export", "--out", folder, "--json"], org.env());
    assert.equal(run.code, 0, run.stderr);
    const report = run.json();
    assert.equal(report.plans, 2);
    assert.equal(report.rendered, 1);
    assert.deepEqual(rendered, [plans[1].records.plan.Id]);
    assert.equal(report.apiCalls, org.requests.length);
    for (const [i, entry] of report.files.entries()) {
      const vector = plans.find((p) => p.records.plan.Id === entry.planId);
      assert.ok(vector, `plan ${i} is one of the Agreed plans`);
      const json = JSON.parse(fs.readFileSync(entry.json, "utf8"));
      assert.equal(json.fingerprint, vector.sha256);
      assert.equal(
        json.canonicalText,
        require("./support/planFixtures")
          .SPEC.vectors.find((v) => v.name === vector.name)
          .canonicalLines.join("\n") + "\n"
      );
      assert.deepEqual(
        json.signatures.map((s) => s.party),
        ["Company", "Customer"]
      );
      assert.deepEqual(fs.readFileSync(entry.pdf), pdfBytes(entry.planId), "binary content intact");
    }
  } finally {
    await org.stop();
  }
});

test("--status Closed --no-pdf writes JSON only and renders nothing", async () => {
  const { plans, org } = await exportOrg();
  try {
    const rendered = documentRoutes(org);
    const folder = path.join(tmp, "closed");
    const run = await runAccord(["plans", "export", "--status", "Closed", "--no-pdf", "--out", folder], org.env());
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(rendered, []);
    const files = fs.readdirSync(folder);
    assert.deepEqual(files, [`Vector-account-3-v1-${plans[2].records.plan.Id}.json`]);
    assert.match(run.stdout, /Exported 1 plan\(s\) .*1 JSON, 0 PDF/);
  } finally {
    await org.stop();
  }
});

test("the org refusing to render is reported (exit 4); --out is required (exit 2)", async () => {
  const { org } = await exportOrg();
  try {
    documentRoutes(org, { failRender: true });
    const run = await runAccord(["plans", "export", "--out", path.join(tmp, "refused")], org.env());
    assert.equal(run.code, 4);
    assert.match(
      run.stderr,
      /could not render the customer documents: System.VisualforceException: Insufficient privileges/
    );
    const usage = await runAccord(["plans", "export"], org.env());
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--out <dir>/);
  } finally {
    await org.stop();
  }
});
