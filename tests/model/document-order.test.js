"use strict";
// The customer document prints its sections in the order of src/core's model (DOCUMENT_SECTIONS in
// src/core/plan/documentModel.ts), in the PDF (pages/AccordPlanDocument.page) and on screen (c/accordPlanDocument):
// each view marks where a section starts with `<!-- document-section NAME -->`, and this test reads the order from
// the model's declaration and from those markers (no list of its own), so a section added to one but not the other,
// or printed out of order, fails here. It runs on the real views and on pages with the bug.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "../..");
const MODEL = path.join(ROOT, "src/core/plan/documentModel.ts");
const VIEWS = [
  "force-app/main/default/pages/AccordPlanDocument.page",
  "force-app/main/default/lwc/accordPlanDocument/accordPlanDocument.html"
];
const MARKER = /<!--\s*document-section\s+(\S+)\s*-->/g;

/** The string elements of `const <name> = [...]` (with `as const` / `satisfies`) in a TypeScript file. */
function declaredStrings(file, name) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
  let found = null;
  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === name) {
      let init = node.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (init && ts.isArrayLiteralExpression(init)) found = init.elements.map((e) => e.getText(source).slice(1, -1));
    }
    node.forEachChild(visit);
  });
  if (!found) throw new Error(`${path.relative(ROOT, file)} declares no array ${name}`);
  return found;
}

/** Each marker in a view: the section it names and its line. */
function markers(text) {
  return [...text.matchAll(MARKER)].map((m) => ({
    section: m[1],
    line: text.slice(0, m.index).split("\n").length
  }));
}

/** What is wrong with a view's sections against the model's order (empty when nothing). */
function sectionOrderProblems(text, sections) {
  const marked = markers(text);
  const problems = [];
  for (const m of marked) {
    if (!sections.includes(m.section)) {
      problems.push(`line ${m.line}: "${m.section}" is not a section of the model (${sections.join(", ")})`);
    }
  }
  for (const section of sections) {
    const count = marked.filter((m) => m.section === section).length;
    if (count === 0) {
      problems.push(`${section} is not marked: put <!-- document-section ${section} --> where its block starts`);
    }
    if (count > 1) problems.push(`${section} is marked ${count} times: mark only where its block starts`);
  }
  const known = marked.filter((m) => sections.includes(m.section));
  for (let i = 1; i < known.length; i++) {
    if (sections.indexOf(known[i].section) < sections.indexOf(known[i - 1].section)) {
      problems.push(
        `line ${known[i].line}: ${known[i].section} comes after ${known[i - 1].section}, but the model prints ` +
          `${known[i].section} first (DOCUMENT_SECTIONS in src/core/plan/documentModel.ts)`
      );
    }
  }
  return problems;
}

const SECTIONS = declaredStrings(MODEL, "DOCUMENT_SECTIONS");

for (const view of VIEWS) {
  test(`${view} prints the customer document's sections in the model's order`, () => {
    assert.deepEqual(sectionOrderProblems(fs.readFileSync(path.join(ROOT, view), "utf8"), SECTIONS), []);
  });
}

test("the model's section order is read from its declaration", () => {
  assert.ok(SECTIONS.length >= 5, `DOCUMENT_SECTIONS read as ${SECTIONS.join(", ")}`);
  assert.equal(SECTIONS[0], "HEADER");
  assert.deepEqual(
    declaredStrings(MODEL, "DOCUMENT_NEED_GROUPS"),
    ["Commit", "Defer", "Decline", "Pending"],
    "reads an `as const satisfies` declaration too"
  );
});

test("a page with two sections swapped fails, naming the line and the model's order", () => {
  const page = [
    "<apex:page>",
    "<!-- document-section HEADER -->",
    "<!-- document-section NEEDS -->",
    "<!-- document-section GOALS -->",
    "</apex:page>"
  ].join("\n");
  assert.deepEqual(sectionOrderProblems(page, ["HEADER", "GOALS", "NEEDS"]), [
    "line 4: GOALS comes after NEEDS, but the model prints GOALS first (DOCUMENT_SECTIONS in src/core/plan/documentModel.ts)"
  ]);
});

test("the real page with a section moved out of order fails", () => {
  const page = fs.readFileSync(path.join(ROOT, VIEWS[0]), "utf8");
  const [first, second] = markers(page).slice(1, 3);
  const lines = page.split("\n");
  [lines[first.line - 1], lines[second.line - 1]] = [lines[second.line - 1], lines[first.line - 1]];
  const problems = sectionOrderProblems(lines.join("\n"), SECTIONS);
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], new RegExp(`^line ${second.line}: ${first.section} comes after ${second.section}`));
});

test("a section the model adds but a view does not mark fails, as do unknown and repeated markers", () => {
  const page = [
    "<!-- document-section HEADER -->",
    "<!-- document-section GOLAS -->",
    "<!-- document-section HEADER -->"
  ];
  assert.deepEqual(sectionOrderProblems(page.join("\n"), ["HEADER", "GOALS"]), [
    'line 2: "GOLAS" is not a section of the model (HEADER, GOALS)',
    "HEADER is marked 2 times: mark only where its block starts",
    "GOALS is not marked: put <!-- document-section GOALS --> where its block starts"
  ]);
});
