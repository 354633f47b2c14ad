"use strict";
// Apex folders mirror src/core (DESIGN "Architecture"): every class sits in a sub-folder of classes/ named for its
// role, none flat; classes/tests/ holds exactly the @IsTest classes; each class in classes/rules/ is a port of
// src/core and names its TypeScript source, a file that exists, in the comment above the class.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { ApexParserFactory } = require("@apexdevtools/apex-parser");
const { ROOT, DEFAULT } = require("./objectModel");
const { apexClassFiles } = require("../../checks/lib/files");

/** What breaks the folder rules under classesDir; src/core paths are resolved against root. */
function apexFolderFindings(classesDir = path.join(DEFAULT, "classes"), root = ROOT) {
  const findings = [];
  for (const [name, file] of apexClassFiles(classesDir)) {
    const folder = path.relative(classesDir, path.dirname(file)).split(path.sep)[0];
    if (!folder) {
      findings.push(`${name}: sits directly in classes/, not in the sub-folder of its role`);
      continue;
    }
    const source = fs.readFileSync(file, "utf8");
    const type = ApexParserFactory.createParser(source).compilationUnit().typeDeclaration();
    const isTest = type.modifier_list().some((m) => m.getText().toLowerCase() === "@istest");
    if (isTest && folder !== "tests") findings.push(`${name}: an @IsTest class outside classes/tests/`);
    if (!isTest && folder === "tests") findings.push(`${name}: in classes/tests/ but not @IsTest`);
    if (folder === "rules") {
      const named = /src\/core\/[\w/]+\.ts/.exec(source.slice(0, type.start.start));
      if (!named) findings.push(`${name}: a port in classes/rules/ that names no src/core source above the class`);
      else if (!fs.existsSync(path.join(root, named[0])))
        findings.push(`${name}: names ${named[0]}, which does not exist`);
    }
  }
  return findings;
}

test("every Apex class sits in the sub-folder of its role; tests in tests/, ports in rules/ name their source", () => {
  assert.deepEqual(apexFolderFindings(), []);
});

test("a flat class, a misplaced test or non-test, and a port without its source are reported", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apex-folders-"));
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write("AccordFlat.cls", "public with sharing class AccordFlat {}");
  write("plan/AccordNoteTest.cls", "@IsTest\nprivate class AccordNoteTest {}");
  write("tests/AccordNoteHelper.cls", "public with sharing class AccordNoteHelper {}");
  write("rules/AccordNoSource.cls", "/** A rule. */\npublic with sharing class AccordNoSource {}");
  write("rules/AccordGone.cls", "/** Port of src/core/plan/gone.ts. */\npublic with sharing class AccordGone {}");
  write("rules/AccordOrder.cls", "/** Port of src/core/plan/order.ts. */\npublic with sharing class AccordOrder {}");
  write("tests/AccordOrderTest.cls", "@IsTest\nprivate class AccordOrderTest {}");
  assert.deepEqual(apexFolderFindings(dir).sort(), [
    "AccordFlat: sits directly in classes/, not in the sub-folder of its role",
    "AccordGone: names src/core/plan/gone.ts, which does not exist",
    "AccordNoSource: a port in classes/rules/ that names no src/core source above the class",
    "AccordNoteHelper: in classes/tests/ but not @IsTest",
    "AccordNoteTest: an @IsTest class outside classes/tests/"
  ]);
});
