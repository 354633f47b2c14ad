"use strict";
// The selected-fields check must fail on reads of fields a query did not select, wherever the
// records travel, and stay quiet on reads that are selected, written first or not from a query.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { formatFinding } = require("../lib/findings");
const { checkSelectedFields } = require("../selected-fields");

const FIXTURES = path.join(__dirname, "fixtures");
const run = (name) =>
  checkSelectedFields({ roots: [path.join(FIXTURES, name)], relativeTo: FIXTURES }).map((f) =>
    formatFinding(f, FIXTURES)
  );

test("selected-fields rejects the three AccordRecordMapper reads the scoring selectors never selected (original code)", () => {
  const dir = "selected-fields-record-mapper";
  const query = (file, line, method) => `the query at ${dir}/${file}:${line} (${method}) does not select`;
  const ratings = query("AccordSelectionRatingSelector.cls", 17, "AccordSelectionRatingSelector.byAccountsForScoring");
  const assessments = query("AccordAssessmentSelector.cls", 27, "AccordAssessmentSelector.byAccountsForScoring");
  const collaboration = query(
    "AccordCollaborationRatingSelector.cls",
    16,
    "AccordCollaborationRatingSelector.byAssessmentIdsForScoring"
  );
  assert.deepEqual(run(dir), [
    `${dir}/AccordRecordMapper.cls:7: reads Account_Selection_Rating__c.Rationale__c, which ${ratings}`,
    `${dir}/AccordRecordMapper.cls:18: reads Collaboration_Assessment__c.Plan__c, which ${assessments}`,
    `${dir}/AccordRecordMapper.cls:22: reads Collaboration_Assessment__c.Respondent_Contact__r.Name, which ${assessments}`,
    `${dir}/AccordRecordMapper.cls:23: reads Collaboration_Assessment__c.Respondent_User__r.Name, which ${assessments}`,
    `${dir}/AccordRecordMapper.cls:31: reads Collaboration_Rating__c.Comment__c, which ${collaboration}`
  ]);
});

test("selected-fields rejects a relationship path (Author__r.Name) one of two selectors feeding the mapper lacks", () => {
  assert.deepEqual(run("selected-fields-relationship"), [
    "selected-fields-relationship/AccordPlanMapper.cls:4: reads Plan_Note__c.Author__r.Name, which the query at selected-fields-relationship/AccordNoteSelector.cls:7 (AccordNoteSelector.byPlanIdsForEnforcement) does not select"
  ]);
});

test("selected-fields follows records through variables, indexing, maps, objects, instance calls, sub-queries and batches", () => {
  const dir = "selected-fields-flows";
  const at = (line, method) =>
    `the query at ${dir}/AccordNoteFlows.cls:${line} (AccordNoteFlows.${method}) does not select`;
  assert.deepEqual(run(dir), [
    `${dir}/AccordNoteBatch.cls:8: reads Plan_Note__c.Body__c, which the query at ${dir}/AccordNoteBatch.cls:3 (AccordNoteBatch.start) does not select`,
    `${dir}/AccordNoteFlows.cls:9: reads Plan_Note__c.Title__c, which ${at(18, "byIds")}`,
    `${dir}/AccordNoteFlows.cls:23: reads Plan_Note__c.Body__c, which ${at(22, "sameMethod")}`,
    `${dir}/AccordNoteFlows.cls:27: reads Customer_Account_Plan__c.Status__c, which ${at(27, "direct")}`,
    `${dir}/AccordNoteFlows.cls:31: reads Plan_Note__c.Title__c, which ${at(14, "latest")}`,
    `${dir}/AccordNoteFlows.cls:37: reads Plan_Note__c.Author__r.Name, which ${at(18, "byIds")}`,
    `${dir}/AccordNoteFlows.cls:55: reads Plan_Note__c.Title__c, which ${at(50, "childRecords")}`,
    `${dir}/AccordNoteFlows.cls:60: reads Plan_Note__c.Views__c, which ${at(14, "latest")}`
  ]);
});

test("selected-fields passes the clean fixture, and the same code with fields removed from its queries fails", () => {
  assert.deepEqual(run("selected-fields-clean"), []);
  // The clean fixture's reads are really followed: drop fields from its queries and each read is named.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selected-fields-"));
  try {
    fs.cpSync(path.join(FIXTURES, "selected-fields-clean"), dir, { recursive: true });
    const file = path.join(dir, "AccordNoteClean.cls");
    let source = fs.readFileSync(file, "utf8");
    for (const [selected, reduced] of [
      ["SELECT Id, Title__c, Author__r.Name, Plan__r.Account__r.Name", "SELECT Id, Author__r.Name"],
      ["SELECT Id, Status__c FROM", "SELECT Id FROM"],
      ["(SELECT Id, Title__c FROM Notes__r)", "(SELECT Id FROM Notes__r)"],
      ["SELECT n.Id, n.Title__c", "SELECT n.Id"]
    ]) {
      assert.ok(source.includes(selected), selected);
      source = source.replace(selected, reduced);
    }
    fs.writeFileSync(file, source);
    const at = (line, method) => `the query at AccordNoteClean.cls:${line} (AccordNoteClean.${method}) does not select`;
    assert.deepEqual(
      checkSelectedFields({ roots: [dir], relativeTo: dir }).map((f) => formatFinding(f, dir)),
      [
        `AccordNoteClean.cls:22: reads Plan_Note__c.Title__c, which ${at(5, "titles")}`,
        `AccordNoteClean.cls:22: reads Plan_Note__c.Plan__r.Account__r.Name, which ${at(5, "titles")}`,
        `AccordNoteClean.cls:30: reads Customer_Account_Plan__c.Status__c, which ${at(17, "plans")}`,
        `AccordNoteClean.cls:68: reads Plan_Note__c.Title__c, which ${at(67, "shapes")}`,
        `AccordNoteClean.cls:79: reads Plan_Note__c.Title__c, which ${at(73, "shapes")}`
      ]
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("selected-fields finds nothing in force-app: every query selects what is read from its records", () => {
  assert.deepEqual(
    checkSelectedFields().map((f) => formatFinding(f)),
    []
  );
});
