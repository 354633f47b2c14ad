"use strict";
// The plan-fields check passes on the project and fails on copies of the Apex classes that drift from
// src/core/planFields.ts: a selector that feeds the mapper without a declared field, a mapper that reads an
// undeclared field, a dynamic query, and a fingerprint whose lines are out of the declared order.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { checkPlanFields } = require("../plan-fields");
const { loadCoreSource } = require("../../scripts/lib/core-source");
const { apexClassFiles } = require("../lib/files");

const CLASSES = path.join(__dirname, "../../force-app/main/default/classes");
const NAMES = [
  "AccordPlanMapper",
  "AccordPlanLoader",
  "AccordFingerprint",
  "AccordPlanSelector",
  "AccordPlanEnforcementSelector",
  "AccordNeedSelector",
  "AccordInitiativeSelector",
  "AccordCommitmentSelector",
  "AccordSignatureSelector",
  "AccordReviewSelector",
  "AccordUnitOfWork"
];

/** A flat copy of the classes the check reads, each changed by `edits[name]` (text → text). */
function copyWith(edits) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-fields-"));
  const files = apexClassFiles(CLASSES);
  for (const name of NAMES) {
    const text = fs.readFileSync(files.get(name), "utf8");
    const edit = edits[name];
    const changed = edit ? edit(text) : text;
    if (edit) assert.notEqual(changed, text, `the edit of ${name} must change it`);
    fs.writeFileSync(path.join(dir, `${name}.cls`), changed);
  }
  return dir;
}

const messages = (findings) => findings.map((f) => `${path.basename(f.file)}: ${f.message}`);

test("the project's mapper, selectors and fingerprint match src/core/planFields.ts", () => {
  assert.deepEqual(checkPlanFields(), []);
});

test("a selector that feeds the mapper without a declared field, or with dynamic SOQL, is reported", () => {
  const dir = copyWith({
    AccordNeedSelector: (t) => t.replace(/\s+Raised_By_Name__c,/, ""),
    AccordReviewSelector: (t) => t.replace(/return \[[\s\S]*?\];/, "return Database.query(AccordReviewSelector.QUERY);")
  });
  assert.deepEqual(messages(checkPlanFields({ classesDir: dir })), [
    "AccordNeedSelector.cls: AccordNeedSelector.byPlanIds does not select Customer_Need__c.Raised_By_Name__c, which the mapper reads",
    "AccordReviewSelector.cls: AccordReviewSelector.byPlanIds feeds the mapper: it must be static SOQL ([SELECT … FROM …])"
  ]);
});

test("a mapper that reads an undeclared field, or no longer reads a declared one, is reported", () => {
  const dir = copyWith({
    AccordPlanMapper: (t) =>
      t
        .replace("dto.theme = record.Theme__c;", "dto.theme = record.Plan__r.Name;")
        .replace("dto.whatWorked = record.What_Worked__c;\n", "")
  });
  assert.deepEqual(messages(checkPlanFields({ classesDir: dir })), [
    "AccordPlanMapper.cls: reads Customer_Need__c.Plan__r.Name, not declared in src/core/planFields.ts",
    "AccordPlanMapper.cls: never reads Customer_Need__c.Theme__c, declared in src/core/planFields.ts",
    "AccordPlanMapper.cls: never reads Plan_Review__c.What_Worked__c, declared in src/core/planFields.ts"
  ]);
});

test("a fingerprint out of the declared order, or a changed declaration, is reported", () => {
  const swapped = copyWith({
    AccordFingerprint: (t) =>
      t.replace(
        "add(lines, 'need.theme', need.theme);\n      add(lines, 'need.raisedBy', need.raisedByName);",
        "add(lines, 'need.raisedBy', need.raisedByName);\n      add(lines, 'need.theme', need.theme);"
      )
  });
  assert.deepEqual(messages(checkPlanFields({ classesDir: swapped })), [
    "AccordFingerprint.cls: content line 6 is 'need.raisedBy=raisedByName', src/core/planFields.ts declares 'need.theme=theme' (line=property)"
  ]);

  const planFields = { PLAN_FIELDS: structuredClone(loadCoreSource("src/core/planFields.ts").PLAN_FIELDS) };
  planFields.PLAN_FIELDS.Plan_Commitment__c.push({ property: "reviewedBy", field: "Reviewed_By__c" });
  const changed = messages(checkPlanFields({ planFields }));
  assert.ok(
    changed.includes(
      "AccordPlanMapper.cls: never reads Plan_Commitment__c.Reviewed_By__c, declared in src/core/planFields.ts"
    )
  );
  assert.ok(
    changed.includes(
      "AccordCommitmentSelector.cls: AccordCommitmentSelector.byPlanIds does not select Plan_Commitment__c.Reviewed_By__c, which the mapper reads"
    )
  );
});

test("a unit of work that no longer writes a declared content field is reported", () => {
  const dir = copyWith({ AccordUnitOfWork: (t) => t.replace(/\s+Success_Measure__c = dto\.successMeasure,/, "") });
  assert.deepEqual(messages(checkPlanFields({ classesDir: dir })), [
    "AccordUnitOfWork.cls: never writes Plan_Initiative__c.Success_Measure__c, plan content declared in src/core/planFields.ts"
  ]);
});
