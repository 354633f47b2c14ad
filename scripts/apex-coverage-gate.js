"use strict";
// Fails when `sf apex run test --json` reports failures or org-wide coverage under the minimum.
// Usage: node scripts/apex-coverage-gate.js <result.json> <minimum percent>

const fs = require("node:fs");

const [file, minimumArg] = process.argv.slice(2);
const minimum = Number(minimumArg || 90);
const { result } = JSON.parse(fs.readFileSync(file, "utf8"));
const summary = result.summary;
const coverage = Number(String(summary.orgWideCoverage || summary.testRunCoverage || "0").replace("%", ""));
console.log(`Apex tests: ${summary.passing} passed, ${summary.failing} failed; coverage ${coverage}%`);
if (summary.failing > 0 || coverage < minimum) {
  console.error(summary.failing > 0 ? "Apex tests failed." : `Apex coverage ${coverage}% is under ${minimum}%.`);
  process.exitCode = 1;
}
