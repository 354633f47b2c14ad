"use strict";
// Sharing, fail-closed: everything is `with sharing` except a small, named set of enforcement, derivation
// and scoring classes that must see every record to enforce a rule or compute a score (DESIGN "Sharing").
// The set is written out here; a class that drops sharing, or a class of the set that gains it, fails.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { DEFAULT } = require("./objectModel");
const { apexClassFiles } = require("../../checks/lib/files");
const { parseApexFile } = require("../../checks/lib/apex-parse");

const WITHOUT_SHARING = [
  "AccordPlanDerivation", // derives version, hash, health, revision of every changed plan
  "AccordPlanEnforcementSelector", // the guards' reads: the true state of what they protect
  "AccordPlanGuard", // direct DML on plan records, whoever makes it
  "AccordScoringSelector", // scores and rating guards see every assessment and rating
  "AccordSystemWrite" // writes of system-owned fields for the above
];

/** Top-level classes declared `without sharing` (parsed, so comments and strings do not count). */
function classesWithoutSharing(defaultDir = DEFAULT) {
  const found = [];
  for (const file of [...apexClassFiles(path.join(defaultDir, "classes")).values()]) {
    const { tree, errors } = parseApexFile(file);
    assert.deepEqual(errors, [], "the Apex classes parse");
    const type = tree.typeDeclaration();
    const modifiers = type.modifier_list().map((m) => m.getText().toLowerCase());
    if (modifiers.includes("withoutsharing")) found.push(type.classDeclaration().id().getText());
  }
  return found.sort();
}

test("only the named enforcement, derivation and scoring classes are without sharing", () => {
  assert.deepEqual(classesWithoutSharing(), [...WITHOUT_SHARING].sort());
});

test("the sharing check notices a class that drops sharing", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-sharing-"));
  fs.mkdirSync(path.join(dir, "classes"));
  fs.writeFileSync(
    path.join(dir, "classes/AccordNoteService.cls"),
    "/** without sharing in a comment does not count */\npublic without sharing class AccordNoteService {\n}\n"
  );
  fs.writeFileSync(
    path.join(dir, "classes/AccordNoteSelector.cls"),
    "public with sharing class AccordNoteSelector {\n}\n"
  );
  assert.deepEqual(classesWithoutSharing(dir), ["AccordNoteService"]);
});
