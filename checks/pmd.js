"use strict";
// PMD 7 on Apex with the committed ruleset (checks/pmd-ruleset.xml): zero violations allowed.
// A suppression (@SuppressWarnings('PMD.…') or NOPMD) must carry its reason in a comment.

const fs = require("node:fs");
const path = require("node:path");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");
const { runJava } = require("./lib/java");

const RULESET = path.join(__dirname, "pmd-ruleset.xml");
const PROGRAM = path.join(__dirname, "java/PmdCheck.java");
const isApex = (file) => /\.(cls|trigger)$/.test(file);

function runPmd(sourceDir) {
  const result = runJava([PROGRAM, RULESET, sourceDir], { cwd: path.dirname(sourceDir) });
  if (result.status !== 0) throw new Error(`PMD exited ${result.status}: ${result.stderr}`);
  return result.stdout
    .split("\n")
    .filter((line) => line.startsWith("VIOLATION\t") || line.startsWith("ERROR\t"))
    .map((line) => {
      const [, file, lineNo, rule, message] = line.split("\t");
      return finding(path.resolve(path.dirname(sourceDir), file), Number(lineNo), `PMD ${rule}: ${message}`);
    });
}

/** A suppression needs a `//` comment on its own line or the line above saying why. */
function unexplainedSuppressions(file) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const found = [];
  lines.forEach((text, index) => {
    if (!/@SuppressWarnings\(\s*'PMD\.|NOPMD/i.test(text)) return;
    const reasonHere = /\/\/\s*\S.{9,}/.test(text.replace(/NOPMD/i, ""));
    const reasonAbove = index > 0 && /^\s*\/\/\s*\S.{9,}/.test(lines[index - 1]);
    if (!reasonHere && !reasonAbove) {
      found.push(
        finding(file, index + 1, "PMD suppression without a reason: add a `// why` comment on the line above")
      );
    }
  });
  return found;
}

function checkPmd(sourceDir = path.join(ROOT, "force-app")) {
  const files = listFiles(sourceDir, isApex);
  if (files.length === 0) return [];
  return [...runPmd(sourceDir), ...files.flatMap(unexplainedSuppressions)];
}

module.exports = { checkPmd };

if (require.main === module)
  runCheck("PMD (Apex security, performance, best practices)", () => checkPmd(process.argv[2]));
