"use strict";
// The Visualforce merge-field check must be able to fail: each fixture holds a page that a deploy
// would reject, and the check names the file, the line and the expression.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { formatFinding } = require("../lib/findings");
const { checkVisualforce, parseExpression } = require("../visualforce");

const FIXTURES = path.join(__dirname, "fixtures");
const run = (name) => checkVisualforce(path.join(FIXTURES, name, "force-app")).map((f) => formatFinding(f, FIXTURES));
const PAGES = "force-app/main/default/pages";

test("Visualforce check rejects the original plan document: PlanDto fields without getters", () => {
  const page = `visualforce-missing-getter/${PAGES}/AccordPlanDocument.page`;
  const noGetter = (name, getter) =>
    `{!plan.${name}}: Unknown property 'AccordDto.PlanDto.${name}': a field without a getter ` +
    `(Visualforce reads only a property with { get; } or a ${getter}() method)`;
  assert.deepEqual(run("visualforce-missing-getter"), [
    `${page}:44: ${noGetter("customerGoals", "getCustomerGoals")}`,
    `${page}:45: ${noGetter("customerGoals", "getCustomerGoals")}`,
    `${page}:123: ${noGetter("contentHash", "getContentHash")}`,
    `${page}:124: ${noGetter("contentHash", "getContentHash")}`
  ]);
});

test("Visualforce check rejects a $Label that is not in the project's labels", () => {
  assert.deepEqual(run("visualforce-unknown-label"), [
    `visualforce-unknown-label/${PAGES}/AccordNotePage.page:3: {!$Label.Accord_Doc_Subtitle}: Unknown custom label 'Accord_Doc_Subtitle' (not in force-app labels)`
  ]);
});

test("Visualforce check follows repeat variables, list elements, map values, getX() methods and actions", () => {
  const page = `visualforce-scopes/${PAGES}/AccordNotePage.page`;
  assert.deepEqual(run("visualforce-scopes"), [
    `${page}:4: {!line.author}: Unknown property 'AccordNoteController.Line.author': a field without a getter (Visualforce reads only a property with { get; } or a getAuthor() method)`,
    `${page}:6: {!line}: Unknown property 'AccordNoteController.line'`,
    `${page}:7: {!secret}: Unknown property 'AccordNoteController.secret': its getter is not public`,
    `${page}:7: {!hidden}: Unknown property 'AccordNoteController.hidden': its getter is not public`,
    `${page}:7: {!lines.text}: Unknown property 'List<AccordNoteController.Line>.text' (a collection has only size; iterate it with apex:repeat)`,
    `${page}:8: {!count}: <apex:repeat> value must be a list, set or map (it is Integer)`,
    `${page}:9: {!reload}: Unknown action method 'reload()' on AccordNoteController`,
    `${page}:10: {!$Page.AccordMissing}: Unknown page 'AccordMissing' (not in force-app pages)`,
    `${page}:10: {!SUMX(…)}: Unknown function 'SUMX'`,
    `${page}:10: {!count +}: Visualforce expression syntax error: unexpected end of expression`
  ]);
});

test("Visualforce expressions parse into paths, calls and operators", () => {
  const tree = parseExpression("NOT(ISBLANK(plan.goals)) && items[0].size > 0");
  assert.equal(tree.type, "other");
  const [call, comparison] = tree.children;
  assert.equal(call.name, "NOT");
  assert.deepEqual(call.children[0].children[0], {
    type: "path",
    root: "plan",
    segments: [{ name: "goals" }]
  });
  assert.equal(comparison.type, "path");
  assert.equal(comparison.root, "items");
  assert.equal(comparison.segments[1].name, "size");
  assert.throws(() => parseExpression("a.("), /expected a name after '\.'/);
});

test("the real pages bind only readable properties and existing labels, resources and pages", () => {
  assert.deepEqual(
    checkVisualforce().map((f) => formatFinding(f)),
    []
  );
});
