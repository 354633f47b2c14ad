"use strict";
// Label formatting check: Apex String.format is Java's MessageFormat, where an apostrophe starts a
// quoted section, so a French or Italian label ("l'autorisation {0}") prints its placeholders as
// written. Labels are filled by AccordLabelFormat.format, a literal {n} replacer; this check finds
// every String.format call (System.String.format too, any case) in the Apex sources with the parser.
// The rule is the simplest sound one: String.format is not used at all, because its first argument
// is a label or a variable that may hold one in every call the project has had.

const fs = require("node:fs");
const path = require("node:path");
const { parseApexFile } = require("./lib/apex-parse");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");

const HELPER = "AccordLabelFormat";
const MESSAGE =
  "String.format is MessageFormat: an apostrophe in a label (fr/it) quotes the rest and {n} is printed as written; " +
  `fill labels with ${HELPER}.format(text, values) instead`;

/** What the call passes first, for the message: a label, a variable or something else. */
function describeFirstArgument(call) {
  const list = call.expressionList && call.expressionList();
  const first = list && list.expression(0);
  if (!first) return "";
  const text = first.getText();
  if (/^(System\.)?Label\./i.test(text)) return ` (formats the label ${text})`;
  return ` (formats ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

/** Every `String.format(...)` / `System.String.format(...)` call in a parse tree. */
function formatCalls(tree) {
  const calls = [];
  const visit = (node) => {
    if (!node.children) return;
    if (node.constructor.name === "DotExpressionContext") {
      const receiver = node.children[0];
      const call = node.children[node.children.length - 1];
      if (
        call.constructor.name === "DotMethodCallContext" &&
        call.anyId().getText().toLowerCase() === "format" &&
        /^(system\.)?string$/.test(receiver.getText().toLowerCase())
      ) {
        calls.push(call);
      }
    }
    node.children.forEach(visit);
  };
  visit(tree);
  return calls;
}

/** @param {string} projectDir folder holding force-app (and config/starter) */
function checkLabelFormat(projectDir = ROOT) {
  const roots = ["force-app", "config/starter"].map((d) => path.join(projectDir, d)).filter(fs.existsSync);
  const files = roots.flatMap((root) => listFiles(root, (f) => /\.(cls|trigger)$/.test(f)));
  const findings = [];
  for (const file of files) {
    const { tree, errors } = parseApexFile(file);
    if (errors.length > 0) {
      findings.push(...errors);
      continue;
    }
    for (const call of formatCalls(tree)) {
      findings.push(finding(file, call.start.line, `${MESSAGE}${describeFirstArgument(call)}`));
    }
  }
  return findings;
}

module.exports = { checkLabelFormat };

if (require.main === module) runCheck("labels filled without String.format", () => checkLabelFormat(process.argv[2]));
