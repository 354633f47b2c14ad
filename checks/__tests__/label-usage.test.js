"use strict";
// The label-usage check: an unused label, a label only a comment or a test names, a family member whose code is
// gone and a declared code without its label all fail; names in LWC, Apex and Visualforce and live family members
// pass; the real tree has no unused label.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { formatFinding, ROOT } = require("../lib/findings");
const { analyzeLabelUsage, summaryLine } = require("../label-usage");
const { FAMILIES, declaredStrings, familyOf } = require("../lib/label-families");

const FIXTURE = path.join(__dirname, "fixtures", "label-usage");
const LABELS = "force-app/main/default/labels/CustomLabels.labels-meta.xml";
const fixtureFamilies = FAMILIES.filter((f) => ["Error_", "Health_", "Language_"].includes(f.prefix));

test("label-usage check fails an unused label, a stale family member and a code without a label", () => {
  const { findings, counts } = analyzeLabelUsage(FIXTURE, fixtureFamilies);
  const lines = findings.map((f) => formatFinding(f, FIXTURE).replace(/ \(.*$|; .*$/, ""));
  assert.deepEqual(lines, [
    `${LABELS}:36: Accord_Thing_OnlyInComment is not used: no source names it and it is in no label family`,
    `${LABELS}:44: Accord_Only_In_Test is not used: no source names it and it is in no label family`,
    `${LABELS}:52: Accord_Unused_One is not used: no source names it and it is in no label family`,
    `${LABELS}:68: Accord_Error_REMOVED_CODE is stale: no REMOVED_CODE in the codes raised in src/core and the Apex classes`,
    `${LABELS}:84: Accord_Health_GONE is stale: no GONE in src/core/scores/planHealth.ts HEALTH_CHECK_CODES`,
    `${LABELS}:108: Accord_Language_xx is stale: no xx in src/core/values.ts LANGUAGES`,
    `${LABELS}:1: src/core/scores/planHealth.ts HEALTH_CHECK_CODES declares CUSTOMER_GOALS but there is no label Accord_Health_CUSTOMER_GOALS: the screen would show the raw code`
  ]);
  assert.deepEqual(counts, { labels: 14, named: 4, family: 4, unused: 3, stale: 3, missing: 1 });
  assert.equal(
    summaryLine(counts),
    "label usage: 14 labels, 4 referenced by name, 4 by family, 3 unused, 3 stale family members, 1 codes without a label"
  );
});

test("a family's unlabelled members must stay unlabelled and declared", () => {
  const gaps = { prefix: "Thing_", owner: "a test list", members: () => ["Title", "Listed", "Other"], labelled: true };
  const { findings } = analyzeLabelUsage(FIXTURE, [{ ...gaps, unlabelled: ["Title", "Other", "Gone"] }]);
  const messages = findings.map((f) => f.message).filter((m) => !/is not used|is stale/.test(m));
  assert.deepEqual(messages, [
    "Accord_Thing_Title exists: remove Title from the family's unlabelled list in checks/lib/label-families.js",
    "a test list no longer declares Gone: remove it from the family's unlabelled list in checks/lib/label-families.js"
  ]);
});

test("a family whose owner moved cannot pass silently", () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "label-usage-"));
  assert.throws(
    () => analyzeLabelUsage(empty, fixtureFamilies),
    /planHealth\.ts: the owner of a label family is missing/
  );
});

test("declared strings are read from a const list, a union of literals, a discriminated union and an interface", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "label-families-"));
  const file = path.join(dir, "owner.ts");
  fs.writeFileSync(
    file,
    [
      'export const LIST = ["A", "B"] as const;',
      'export type Codes = "C" | "D";',
      'export type Found = { code: "E"; n: number } | { code: "F" };',
      "export interface Groups { country: G | null; all: G }"
    ].join("\n")
  );
  assert.deepEqual(declaredStrings(file, "LIST"), ["A", "B"]);
  assert.deepEqual(declaredStrings(file, "Codes"), ["C", "D"]);
  assert.deepEqual(declaredStrings(file, "Found", "code"), ["E", "F"]);
  assert.deepEqual(declaredStrings(file, "Groups"), ["country", "all"]);
  assert.throws(() => declaredStrings(file, "Missing"), /declares no strings under Missing/);
  assert.equal(familyOf("CollabCard_BenchmarkLine_one").prefix, "CollabCard_BenchmarkLine_");
  assert.equal(familyOf("DecisionRole_Champion").prefix, "DecisionRole_");
  assert.equal(familyOf("Common_Save"), undefined);
});

test("label-usage check passes the real tree: every label is named or a live family member", () => {
  const { findings, counts } = analyzeLabelUsage(ROOT);
  assert.deepEqual(
    findings.map((f) => formatFinding(f)),
    []
  );
  assert.ok(counts.family > 100, "the dynamic families hold the code and value labels");
  assert.equal(counts.labels, counts.named + counts.family);
});
