"use strict";
// Codes map to labels by name: a refusal or plan issue with code X reads as the custom label
// Accord_Error_X (a refusal) or Accord_Issue_X (a plan issue), in Apex (AccordErrors.text, used by
// AccordLifecycle.issue) and in the workspace (accordPlanView.issueText). Every code raised with an
// English literal in Apex, and every issue code of src/core, has such a label in English and in every
// language, so no user reads an English refusal. The customer document's need groups read the same way: the
// group of decision D is headed by Accord_Doc_Group_<D> (AccordPlanDocumentController, accordPlanDocument).

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { readLabelCatalog } = require("../../preview/build/labels");
const { loadCoreSource, loadValues } = require("../../scripts/lib/core-source");

const ROOT = path.join(__dirname, "../..");
const LANGUAGES = ["de", "fr", "es", "it", "ja", "ko", "zh_CN"];

function filesUnder(dir, suffix) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix) && !/__tests__/.test(entry.parentPath))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Codes an Apex source raises through the issue factory with an English literal as the fallback. */
function apexCodes(text) {
  return [...text.matchAll(/\b(?:issue|one)\(\s*'([A-Z][A-Z0-9_]+)',\s*'/g)].map((match) => match[1]);
}

/** Codes a src/core source raises as issues: issue("CODE", …) and { code: "CODE", message … }. */
function coreCodes(text) {
  return [
    ...[...text.matchAll(/\bissue\(\s*"([A-Z][A-Z0-9_]+)"/g)].map((match) => match[1]),
    ...[...text.matchAll(/\bcode:\s*"([A-Z][A-Z0-9_]+)",\s*message\b/g)].map((match) => match[1])
  ];
}

/** "<where>: <CODE> has no label …" for every code without Accord_Error_/Accord_Issue_ label in a language. */
function missingLabels(codesByWhere, catalog, prefixes = ["Accord_Error_", "Accord_Issue_"]) {
  const problems = [];
  for (const [where, codes] of Object.entries(codesByWhere)) {
    for (const code of [...new Set(codes)].sort()) {
      const names = prefixes.map((prefix) => `${prefix}${code}`);
      const name = names.find((candidate) => candidate in catalog.en);
      if (!name) {
        problems.push(`${where}: ${code} has no label ${names.join(" or ")}`);
        continue;
      }
      for (const language of LANGUAGES) {
        if (!(catalog.translations[language] || {})[name])
          problems.push(`${where}: ${name} has no ${language} translation`);
      }
    }
  }
  return problems;
}

const catalog = readLabelCatalog(ROOT);

test("every code Apex raises with an English fallback, and every src/core issue code, has its label in every language", () => {
  const codesByWhere = {};
  for (const file of filesUnder(path.join(ROOT, "force-app/main/default/classes"), ".cls")) {
    if (/Test\.cls$/.test(file)) continue;
    const codes = apexCodes(fs.readFileSync(file, "utf8"));
    if (codes.length) codesByWhere[path.relative(ROOT, file)] = codes;
  }
  for (const file of filesUnder(path.join(ROOT, "src/core"), ".ts")) {
    const codes = coreCodes(fs.readFileSync(file, "utf8"));
    if (codes.length) codesByWhere[path.relative(ROOT, file)] = codes;
  }
  assert.ok(Object.keys(codesByWhere).length >= 4, "found the lifecycle, readiness and health sources");
  assert.ok(Object.values(codesByWhere).flat().includes("STALE_VERSION"), "STALE_VERSION is among the codes read");
  assert.deepEqual(missingLabels(codesByWhere, catalog), []);
});

test("the code-label check finds the codes and catches a code without a label or a translation", () => {
  assert.deepEqual(
    apexCodes("refuse(issue('PLAN_CLOSED', 'A closed plan…', null)); issue('X', System.Label.Y, null)"),
    ["PLAN_CLOSED"]
  );
  assert.deepEqual(coreCodes('issue("NEED_UNDECIDED", "…"); { code: "STALE_REVISION", message: "…" }'), [
    "NEED_UNDECIDED",
    "STALE_REVISION"
  ]);
  const small = {
    en: { Accord_Error_A: "a", Accord_Issue_B: "b" },
    translations: Object.fromEntries(LANGUAGES.map((l) => [l, { Accord_Error_A: "ä", Accord_Issue_B: "b" }]))
  };
  delete small.translations.ko.Accord_Issue_B;
  assert.deepEqual(missingLabels({ "X.cls": ["A", "B", "C"] }, small), [
    "X.cls: Accord_Issue_B has no ko translation",
    "X.cls: C has no label Accord_Error_C or Accord_Issue_C"
  ]);
});

test("every need decision has its customer-document group heading Accord_Doc_Group_<decision> in every language", () => {
  const { NEED_DECISIONS } = loadValues();
  assert.ok(NEED_DECISIONS.includes("Commit"), "the decisions are read from src/core/values.ts");
  assert.deepEqual(missingLabels({ "values.ts NEED_DECISIONS": NEED_DECISIONS }, catalog, ["Accord_Doc_Group_"]), []);
});

test("a code has one label: the older duplicate names of Accord_Error_<CODE> labels are gone", () => {
  // The older names these codes had (merged into Accord_Error_<CODE>, issue 13): they must not come back.
  const older = ["PlanClosed", "ContentLocked", "StaleRevision", "NoSignPermission", "StaleContentHash"];
  const leftovers = [...older, "AlreadySigned", "SignerNotSignatory"].filter(
    (name) => `Accord_Error_${name}` in catalog.en
  );
  assert.deepEqual(leftovers, []);
});

/** The label name of a value, as the screen builds it (c/accordPlanView) and the PDF's Apex twin. */
const { labelKey } = loadCoreSource("src/core/valueLabels.ts");

/** The value sets shown with a label, by label prefix: declared with the label families the label-usage check reads. */
const { VALUE_LABEL_PREFIXES } = require("../../checks/lib/label-families");

test("every value of a labelled value set has Accord_<prefix>_<Value In Capitalized Words> in every language, no exceptions", () => {
  // Before: five themes and "Annual review" had labels named otherwise (Theme_BudgetCost…), so the screen and the
  // PDF each kept a copy of the exceptions.
  const values = loadValues();
  const problems = Object.entries(VALUE_LABEL_PREFIXES).flatMap(([set, prefix]) =>
    missingLabels({ [`values.ts ${set}`]: values[set].map(labelKey) }, catalog, [`Accord_${prefix}_`])
  );
  assert.deepEqual(problems, []);
});
