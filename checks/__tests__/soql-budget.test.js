"use strict";
// The SOQL budget meter must be able to fail: on a copy of the original code (before issue 11) it
// names every entry point over its budget and every Apex test method over 70 queries, each with
// file, line and the costliest chain of calls; on the real tree it finds nothing.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { formatFinding } = require("../lib/findings");
const { measureSoqlBudget, checkSoqlBudget, entryLine } = require("../soql-budget");

const FIXTURES = path.join(__dirname, "fixtures");
const ORIGINAL = path.join(FIXTURES, "soql-budget-original");
const AGREED_PLAN_TEST = path.join(FIXTURES, "soql-budget-agreed-plan-test");
const lines = (findings) => findings.map((f) => formatFinding(f, FIXTURES));

test("SOQL budget: entry points of the original code over the default budget of 15 are named with their costliest path", () => {
  const { entries, findings } = measureSoqlBudget({ roots: [ORIGINAL], budgetsFile: null });
  assert.deepEqual(lines(findings), [
    "soql-budget-original/force-app/main/default/classes/AccordPlanController.cls:49: AccordPlanController.createNextPlan soql=108 is over its budget of 15; costliest path: AccordPlanController.createNextPlan (soql 108, dml 30) → AccordPlanService.createNextPlan (soql 108, dml 30) → AccordPlanService.savePlan (soql 90, dml 27) → AccordPlanWriter.write (soql 77, dml 27) → AccordPlanWriter.deleteRemoved (soql 24, dml 8) → delete Customer_Need__c → AccordNeedTrigger (soql 8, dml 2) → AccordPlanChildTriggerHandler.handle (soql 6, dml 2) → AccordPlanContentSync.sync (soql 5, dml 2) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-original/force-app/main/default/classes/AccordPlanController.cls:40: AccordPlanController.performAction soql=31 is over its budget of 15; costliest path: AccordPlanController.performAction (soql 31, dml 7) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-original/force-app/main/default/classes/AccordPlanController.cls:31: AccordPlanController.savePlan soql=90 is over its budget of 15; costliest path: AccordPlanController.savePlan (soql 90, dml 27) → AccordPlanService.savePlan (soql 90, dml 27) → AccordPlanWriter.write (soql 77, dml 27) → AccordPlanWriter.deleteRemoved (soql 24, dml 8) → delete Customer_Need__c → AccordNeedTrigger (soql 8, dml 2) → AccordPlanChildTriggerHandler.handle (soql 6, dml 2) → AccordPlanContentSync.sync (soql 5, dml 2) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-original/force-app/main/default/classes/AccordRecordSignatureAction.cls:29: AccordRecordSignatureAction.sign soql=31 is over its budget of 15; costliest path: AccordRecordSignatureAction.sign (soql 31, dml 9) → AccordFlowPlanActions.perform (soql 31, dml 9) → AccordFlowPlanActions.performOne (soql 31, dml 9) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-original/force-app/main/default/classes/AccordSharePlanAction.cls:13: AccordSharePlanAction.share soql=31 is over its budget of 15; costliest path: AccordSharePlanAction.share (soql 31, dml 9) → AccordFlowPlanActions.perform (soql 31, dml 9) → AccordFlowPlanActions.performOne (soql 31, dml 9) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-original/force-app/main/default/triggers/AccordSignatureTrigger.trigger:1: AccordSignatureTrigger.insert soql=16 is over its budget of 15; costliest path: AccordSignatureTrigger.insert (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)"
  ]);
  const table = entries.map(entryLine);
  assert.ok(table.includes("AccordPlanController.performAction soql=31 dml=7 budget=15"), table.join("\n"));
  assert.ok(table.includes("AccordNeedTrigger.insert soql=8 dml=2 budget=15"), table.join("\n"));
  assert.deepEqual(
    table,
    [...table].sort((x, y) => (x < y ? -1 : 1)),
    "one line per entry point, sorted by name"
  );
});

test("SOQL budget: the original shared agreed-plan setup puts test methods over 70 queries before Test.startTest()", () => {
  const { tests, findings } = measureSoqlBudget({
    roots: [ORIGINAL, AGREED_PLAN_TEST],
    budgetsFile: path.join(AGREED_PLAN_TEST, "soql-budgets.json")
  });
  assert.deepEqual(lines(findings), [
    "soql-budget-agreed-plan-test/force-app/main/default/classes/AccordPlanLifecycleTest.cls:16: AccordPlanLifecycleTest.a_ready_plan_goes_from_draft_to_closed_with_both_signatures makes about 156 queries inside Test.startTest()/Test.stopTest(), over 70 (30% headroom to 100); costliest: AccordTestDataFactory.share (soql 31, dml 7) → AccordTestDataFactory.act (soql 31, dml 7) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-agreed-plan-test/force-app/main/default/classes/AccordPlanLifecycleTest.cls:82: AccordPlanLifecycleTest.closing_without_an_outcome_on_every_commitment_is_refused makes about 190 queries before Test.startTest(), over 70 (30% headroom to 100); costliest: AccordTestDataFactory.agreedPlan (soql 125, dml 36) → AccordTestDataFactory.share (soql 31, dml 7) → AccordTestDataFactory.act (soql 31, dml 7) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-agreed-plan-test/force-app/main/default/classes/AccordPlanLifecycleTest.cls:99: AccordPlanLifecycleTest.a_content_change_in_review_makes_a_new_version_and_supersedes_signatures makes about 103 queries before Test.startTest(), over 70 (30% headroom to 100); costliest: AccordTestDataFactory.share (soql 31, dml 7) → AccordTestDataFactory.act (soql 31, dml 7) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-agreed-plan-test/force-app/main/default/classes/AccordPlanLifecycleTest.cls:133: AccordPlanLifecycleTest.a_plan_manager_reopens_an_agreed_plan_as_a_new_version makes about 127 queries before Test.startTest(), over 70 (30% headroom to 100); costliest: AccordTestDataFactory.agreedPlan (soql 125, dml 36) → AccordTestDataFactory.share (soql 31, dml 7) → AccordTestDataFactory.act (soql 31, dml 7) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-agreed-plan-test/force-app/main/default/classes/AccordPlanLifecycleTest.cls:154: AccordPlanLifecycleTest.the_next_plan_carries_open_commitments_into_a_new_draft makes about 189 queries before Test.startTest(), over 70 (30% headroom to 100); costliest: AccordTestDataFactory.agreedPlan (soql 125, dml 36) → AccordTestDataFactory.share (soql 31, dml 7) → AccordTestDataFactory.act (soql 31, dml 7) → AccordPlanService.performAction (soql 31, dml 7) → AccordSignatureService.sign (soql 19, dml 5) → insert Plan_Signature__c → AccordSignatureTrigger (soql 16, dml 2) → AccordSignatureTriggerHandler.handle (soql 10, dml 2) → AccordSignatureTriggerHandler.agreeFullySigned (soql 10, dml 2) → AccordSystemWrite.updateRecords (soql 5, dml 2) → update Customer_Account_Plan__c → AccordPlanTrigger (soql 5, dml 1) → AccordPlanTriggerHandler.handle (soql 5, dml 1) → AccordPlanTriggerHandler.afterUpdate (soql 5, dml 1) → AccordPlanContentSync.sync (soql 5, dml 1) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)",
    "soql-budget-agreed-plan-test/force-app/main/default/classes/AccordPlanLifecycleTest.cls:154: AccordPlanLifecycleTest.the_next_plan_carries_open_commitments_into_a_new_draft makes about 108 queries inside Test.startTest()/Test.stopTest(), over 70 (30% headroom to 100); costliest: AccordPlanController.createNextPlan (soql 108, dml 30) → AccordPlanService.createNextPlan (soql 108, dml 30) → AccordPlanService.savePlan (soql 90, dml 27) → AccordPlanWriter.write (soql 77, dml 27) → AccordPlanWriter.deleteRemoved (soql 24, dml 8) → delete Customer_Need__c → AccordNeedTrigger (soql 8, dml 2) → AccordPlanChildTriggerHandler.handle (soql 6, dml 2) → AccordPlanContentSync.sync (soql 5, dml 2) → AccordPlanLoader.forEnforcement (soql 4, dml 0) → AccordNeedSelector.byPlanIdsForEnforcement (soql 1, dml 0) → SELECT … FROM Customer_Need__c (AccordNeedSelector line 28) (soql 1, dml 0)"
  ]);
  const agreed = tests.find((t) => t.name.endsWith(".closing_without_an_outcome_on_every_commitment_is_refused"));
  assert.deepEqual([agreed.before, agreed.inside], [190, 0]);
});

test("SOQL budget: a DML whose object cannot be told is a finding (its triggers could not be counted)", () => {
  const { findings } = measureSoqlBudget({
    roots: [path.join(FIXTURES, "soql-budget-unknown-dml")],
    budgetsFile: null
  });
  assert.deepEqual(lines(findings), [
    "soql-budget-unknown-dml/force-app/main/default/classes/AccordNoteWriter.cls:5: cannot tell which object this update writes ('notes'): give it a concrete SObject type"
  ]);
});

test("SOQL budget: inside a write scope (depth++ … depth-- around DML) the scope's reader is true, so the triggers that DML fires skip what the scope does itself", () => {
  const { entries, findings } = measureSoqlBudget({
    roots: [path.join(FIXTURES, "soql-budget-write-scope")],
    budgetsFile: null
  });
  assert.deepEqual(lines(findings), []);
  assert.deepEqual(
    entries.map(entryLine),
    [
      "AccordNoteController.saveDirectly soql=2 dml=1 budget=15",
      "AccordNoteController.saveThroughScope soql=0 dml=1 budget=15",
      "AccordNoteTrigger.update soql=2 dml=0 budget=15"
    ],
    "direct DML pays both guarded queries; DML inside the scope pays neither (! and if/return both fold)"
  );
});

test("SOQL budget: a budget naming no entry point and a test exception naming no test are findings", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "soql-budget-"));
  const file = path.join(dir, "soql-budgets.json");
  fs.writeFileSync(
    file,
    JSON.stringify({
      entryPoints: { "AccordGone.method": { soql: 20, reason: "x" } },
      tests: { "AccordGoneTest.t": { before: 80, reason: "x" } }
    })
  );
  const found = checkSoqlBudget({ roots: [ORIGINAL], budgetsFile: file })
    .filter((f) => f.file === file)
    .map((f) => f.message);
  assert.deepEqual(found, [
    "budget for 'AccordGone.method', which is not an entry point",
    "test exception for 'AccordGoneTest.t', which is not an Apex test method"
  ]);
});

test("SOQL budget: the real tree fits its budgets and every Apex test method fits 70 queries on each side", () => {
  assert.deepEqual(
    checkSoqlBudget().map((f) => formatFinding(f)),
    []
  );
});

test("SOQL budget: a do-while loop (whose body is a block, not a statement) is measured, its body counted once", () => {
  const { tests, findings } = measureSoqlBudget({
    roots: [path.join(FIXTURES, "soql-budget-do-while")],
    budgetsFile: null
  });
  assert.deepEqual(lines(findings), []);
  assert.deepEqual(
    tests.map((t) => `${t.name} before=${t.before} inside=${t.inside}`),
    ["AccordPagingTest.readsEveryPage before=1 inside=0"]
  );
});
