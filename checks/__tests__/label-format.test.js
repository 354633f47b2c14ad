"use strict";
// The label formatting check rejects String.format (MessageFormat) on labels and variables, naming
// file and line, and the real tree, where labels go through AccordLabelFormat, is clean.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { formatFinding, ROOT } = require("../lib/findings");
const { checkLabelFormat } = require("../label-format");

const FIXTURES = path.join(__dirname, "fixtures");
const CLASSES = "label-format-permissions/force-app/main/default/classes";
const MESSAGE =
  "String.format is MessageFormat: an apostrophe in a label (fr/it) quotes the rest and {n} is printed as written; " +
  "fill labels with AccordLabelFormat.format(text, values) instead";

test("label-format check rejects the original AccordPermissions and String.format on a variable", () => {
  const lines = checkLabelFormat(path.join(FIXTURES, "label-format-permissions")).map((f) =>
    formatFinding(f, FIXTURES)
  );
  assert.deepEqual(lines, [
    `${CLASSES}/AccordNoteLabels.cls:3: ${MESSAGE} (formats label)`,
    `${CLASSES}/AccordPermissions.cls:43: ${MESSAGE} (formats the label System.Label.Accord_Error_MissingPermission)`
  ]);
});

test("label-format check passes the real tree: every label is filled by AccordLabelFormat", () => {
  assert.deepEqual(
    checkLabelFormat(ROOT).map((f) => formatFinding(f)),
    []
  );
});
