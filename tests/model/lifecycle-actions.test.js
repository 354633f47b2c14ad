"use strict";
// The lifecycle's actions have one owner, PLAN_ACTIONS in src/core/values.ts. Apex's switch cannot name a
// constant in `when`, so AccordLifecycle.decide spells the values: this test holds its `when` literals and the
// TypeScript twin's `case` labels to the list (the last TypeScript action is the `default` branch).

const fs = require("node:fs");
const path = require("node:path");
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadValues } = require("../../scripts/lib/core-source");
const { blankComments } = require("../../checks/lib/apex-source");

const ROOT = path.resolve(__dirname, "../..");
const APEX = path.join(ROOT, "force-app/main/default/classes/rules/AccordLifecycle.cls");
const TYPESCRIPT = path.join(ROOT, "src/core/plan/applyAction.ts");

/** The body of the first function or method named `decide`, up to the next top-level declaration. */
function decideBody(source) {
  const start = source.search(/\bdecide\(/);
  assert.ok(start >= 0, "a decide function exists");
  const end = source.indexOf("\n  }\n", source.indexOf("switch", start));
  return source.slice(start, end);
}

/** The action names an Apex `switch on action.type` handles. */
function apexWhenValues(source) {
  return [...decideBody(source).matchAll(/when '([^']+)'/g)].map((m) => m[1]);
}

/** The action names a TypeScript `switch (action.type)` handles by `case`. */
function typeScriptCaseValues(source) {
  return [...decideBody(source).matchAll(/case "([^"]+)":/g)].map((m) => m[1]);
}

const { PLAN_ACTIONS } = loadValues();

test("AccordLifecycle.decide handles exactly PLAN_ACTIONS, in their order", () => {
  assert.deepEqual(apexWhenValues(fs.readFileSync(APEX, "utf8")), [...PLAN_ACTIONS]);
});

test("applyAction's decide names every PLAN_ACTION but the last by case, the last being its default", () => {
  assert.deepEqual(typeScriptCaseValues(fs.readFileSync(TYPESCRIPT, "utf8")), PLAN_ACTIONS.slice(0, -1));
});

/** Apex string literals (outside comments) naming an action, with file and line: each should be AccordValues'. */
function actionLiterals(file, source) {
  const code = blankComments(source);
  const names = new Set(PLAN_ACTIONS);
  return code
    .split("\n")
    .flatMap((line, i) =>
      [...line.matchAll(/(when\s+)?'([^']*)'/g)]
        .filter((m) => !m[1] && names.has(m[2]))
        .map((m) => `${path.relative(ROOT, file)}:${i + 1}: '${m[2]}'`)
    );
}

test("Apex names an action by AccordValues.PLAN_ACTION_*, never by a literal (tests and the switch aside)", () => {
  const { apexClassFiles } = require("../../checks/lib/files");
  const found = [...apexClassFiles(path.join(ROOT, "force-app/main/default/classes")).values()]
    .filter((file) => !file.includes(`${path.sep}tests${path.sep}`) && !file.endsWith("AccordValues.cls"))
    .flatMap((file) => actionLiterals(file, fs.readFileSync(file, "utf8")));
  assert.deepEqual(found, []);
  assert.deepEqual(actionLiterals("x.cls", "a = 'sign'; // 'save'\nwhen 'close' {"), ["x.cls:1: 'sign'"]);
});

test("the readers catch a missing or an extra action", () => {
  const apex =
    "decide(x) {\n    switch on action.type {\n      when 'save' {\n      }\n      when 'ship' {\n      }\n  }\n";
  assert.deepEqual(apexWhenValues(apex), ["save", "ship"]);
  assert.notDeepEqual(apexWhenValues(apex), [...PLAN_ACTIONS]);
  const ts = 'function decide() {\n  switch (action.type) {\n    case "save":\n      return 1;\n  }\n';
  assert.deepEqual(typeScriptCaseValues(ts), ["save"]);
});
