"use strict";
// Shared plumbing for the project checks: a finding names a file, a line and what is wrong.

const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");

/** @returns {{file: string, line: number, message: string}} */
function finding(file, line, message) {
  return { file, line: line || 1, message };
}

function formatFinding({ file, line, message }, root = ROOT) {
  return `${path.relative(root, file) || file}:${line}: ${message}`;
}

/**
 * Runs a check from the command line: prints every finding and exits 1 when there is any.
 * @param {string} name what the check verifies, for the summary line
 * @param {() => Promise<Array>|Array} run
 */
async function runCheck(name, run) {
  try {
    const findings = await run();
    for (const f of findings) console.error(formatFinding(f));
    if (findings.length > 0) {
      console.error(`${name}: ${findings.length} problem(s)`);
      process.exitCode = 1;
    } else {
      console.log(`${name}: OK`);
    }
  } catch (error) {
    console.error(`${name}: could not run: ${error.message}`);
    process.exitCode = 2;
  }
}

module.exports = { ROOT, finding, formatFinding, runCheck };
