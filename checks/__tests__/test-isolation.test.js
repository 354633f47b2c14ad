"use strict";
// The test isolation check must be able to fail: it rejects the original profile lookup of
// AccordTestDataFactory and the original recompute tests that read the org's custom metadata, each rule
// of checks/test-isolation.js on a small fixture, and passes the real tree.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { formatFinding, ROOT } = require("../lib/findings");
const { checkTestIsolation } = require("../test-isolation");

const FIXTURES = path.join(__dirname, "fixtures");
const CLASSES = "force-app/main/default/classes";
const lines = (findings) => findings.map((f) => formatFinding(f, FIXTURES));

const selectorChain =
  "AccordConfigurationSelector.get → AccordConfigurationSelector.load → AccordConfigurationSelector.readArchetypes → reads Healthcare_Archetype__mdt";
const seamOfSelector = "before setting AccordConfigurationSelector.cached: inject the test configuration first";

test("test isolation rejects the original factory's profile lookup by translated Name", () => {
  assert.deepEqual(lines(checkTestIsolation(path.join(FIXTURES, "test-isolation-profile"))), [
    `test-isolation-profile/${CLASSES}/AccordTestDataFactory.cls:24: test queries Profile by its translatable Name: the value differs with the org's language; find the profile by UserType and its permissions, or use the running user's profile`
  ]);
});

test("test isolation rejects the original recompute tests that read the org's configuration", () => {
  const file = `test-isolation-seam/${CLASSES}/AccordRecomputeBatchTest.cls`;
  const viaBatch = `AccordRecomputeBatch.execute → AccordScoreService.recompute → ${selectorChain}`;
  assert.deepEqual(lines(checkTestIsolation(path.join(FIXTURES, "test-isolation-seam"))), [
    `${file}:28: AccordRecomputeBatchTest.a_configurator_recomputes_stale_scores reaches the org's custom metadata (AccordRecomputeBatchTest.weightedCriterion → ${selectorChain}) ${seamOfSelector}`,
    `${file}:62: AccordRecomputeBatchTest.a_user_without_accord_configure_cannot_start_it reaches the org's custom metadata (AccordRecomputeBatch.enqueue → ${viaBatch}) ${seamOfSelector}`,
    `${file}:83: AccordRecomputeBatchTest.a_second_run_is_refused_while_one_is_queued reaches the org's custom metadata (AccordRecomputeBatch.enqueue → ${viaBatch}) ${seamOfSelector}`,
    `${file}:100: AccordRecomputeBatchTest.a_configurator_schedules_the_nightly_run reaches the org's custom metadata (AccordRecomputeSchedule.scheduleNightly → AccordRecomputeSchedule.execute → ${viaBatch}) ${seamOfSelector}`
  ]);
});

test("test isolation follows DML into triggers, honours the order of statements and helpers, keeps seams per class", () => {
  const dir = `test-isolation-rules/${CLASSES}`;
  assert.deepEqual(lines(checkTestIsolation(path.join(FIXTURES, "test-isolation-rules"))), [
    `${dir}/AccordBareReader.cls:3: AccordBareReader reads custom metadata (Country_Setting__mdt) but has no @TestVisible static configuration seam for tests to set`,
    `${dir}/AccordNoteTest.cls:10: AccordNoteTest.dml_fires_the_trigger_before_the_seam_is_set reaches the org's custom metadata (Plan_Note__c DML → trigger AccordNoteTrigger on Plan_Note__c → AccordNoteConfig.codes → reads Selection_Criterion__mdt) before setting AccordNoteConfig.testCodes: inject the test configuration first`,
    `${dir}/AccordNoteTest.cls:29: AccordNoteTest.another_class_seam_does_not_protect_a_different_reader reaches the org's custom metadata (AccordBareReader.countries → reads Country_Setting__mdt) before setting a @TestVisible static seam of AccordBareReader: inject the test configuration first`,
    `${dir}/AccordNoteTest.cls:34: test queries PermissionSet by its translatable Label: the value differs with the org's language; filter by the API name (Name)`,
    `${dir}/AccordNoteTest.cls:36: test queries Profile by its translatable Profile.Name: the value differs with the org's language; find the profile by UserType and its permissions, or use the running user's profile`
  ]);
});

test("test isolation passes the real tree", () => {
  assert.deepEqual(
    checkTestIsolation(ROOT).map((f) => formatFinding(f)),
    []
  );
});
