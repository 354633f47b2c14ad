"use strict";
// The enforcement-reads check rejects the original signature-file guard (a `with sharing` selector reading in
// system mode, which still applies sharing, so a file linked to a signature the user cannot see could be deleted)
// and the score service's system-mode Account update in a `with sharing` class; it tells every kind of read apart
// and passes the real tree.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { formatFinding } = require("../lib/findings");
const { checkEnforcementReads } = require("../enforcement-reads");

const FIXTURES = path.join(__dirname, "fixtures");
const CLASSES = "force-app/main/default/classes";
const lines = (fixture) =>
  checkEnforcementReads(path.join(FIXTURES, fixture)).map((f) => formatFinding(f, path.join(FIXTURES, fixture)));
const SYSTEM_MODE =
  "system mode in a 'with sharing' class still applies record sharing (it drops only object and field access), so ";
const MISSES =
  "this read misses records the user cannot see: move it into a 'without sharing' reader (AccordPlanEnforcementSelector or AccordScoringSelector)";
const FAILS = "this write fails on records the user cannot edit: write through AccordSystemWrite ('without sharing')";
const userRead = (guard, read) =>
  `${guard} enforces a rule but reads through ${read}, which is not a 'without sharing' reader: a record the user ` +
  "cannot see would be missed and the rule would fail open; move the read into AccordPlanEnforcementSelector or " +
  "AccordScoringSelector (or name it in ALLOWED_USER_READS with the reason)";

test("rejects the original signature-file guard and the score service's Account update", () => {
  assert.deepEqual(lines("enforcement-reads-original"), [
    `${CLASSES}/AccordScoreService.cls:108: ${SYSTEM_MODE}${FAILS}`,
    `${CLASSES}/plan/AccordDeleteGuard.cls:60: ${userRead("AccordDeleteGuard", "AccordFileSelector.signatureLinks")}`,
    `${CLASSES}/selectors/AccordFileSelector.cls:11: ${SYSTEM_MODE}${MISSES}`
  ]);
});

test("finds inline SOQL and user-mode readers in a guard; leaves metadata, inserts, comments, strings and tests alone", () => {
  const guard = `${CLASSES}/AccordExampleGuard.cls`;
  assert.deepEqual(lines("enforcement-reads-kinds"), [
    `${guard}:10: ${SYSTEM_MODE}${FAILS}`,
    `${guard}:4: AccordExampleGuard enforces a rule and queries inline: read through AccordPlanEnforcementSelector or AccordScoringSelector ('without sharing'), so the rule sees every record`,
    `${guard}:5: AccordExampleGuard enforces a rule and queries inline: read through AccordPlanEnforcementSelector or AccordScoringSelector ('without sharing'), so the rule sees every record`,
    `${guard}:8: ${userRead("AccordExampleGuard", "AccordUserSelector.visible")}`
  ]);
});
