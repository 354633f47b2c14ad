"use strict";
// `npm test`: every offline check and test suite, one after another. Each step runs even when
// an earlier one failed, so one run shows every problem; the exit code is 1 if any failed.

const { spawnSync } = require("node:child_process");

const STEPS = [
  ["generated files are current", "node checks/generated.js"],
  ["product prefix on names", "node checks/names.js"],
  ["LWC file size", "node checks/lwc-size.js"],
  ["TypeScript type check", "npx tsc --noEmit -p tsconfig.json"],
  ["TypeScript type check of the preview server", "npx tsc --noEmit -p preview/tsconfig.json"],
  ["eslint", "npx eslint --max-warnings 0 ."],
  ["prettier --check", 'npx prettier --check "**/*.{cls,trigger,js,html,ts,xml,json,css}"'],
  ["metadata check", "node checks/metadata.js"],
  ["sf project convert source of force-app and config/starter", "node scripts/sf-convert.js"],
  ["SOQL check", "node checks/soql.js"],
  ["Visualforce merge fields", "node checks/visualforce.js"],
  ["org-feature fields not named in Apex", "node checks/org-feature-fields.js"],
  ["labels filled without String.format", "node checks/label-format.js"],
  ["label usage: every label is named by a source or is a live member of a label family", "node checks/label-usage.js"],
  ["wire adapters from the platform (no custom wire adapters)", "node checks/wire-adapters.js"],
  ["own public properties of record-page components", "node checks/record-context.js"],
  ["Apex test isolation (no translated names, configuration injected)", "node checks/test-isolation.js"],
  ["enforcement reads see every record (system mode only without sharing)", "node checks/enforcement-reads.js"],
  ["Apex semantic check", "node checks/apex-semantic.js"],
  ["PMD", "node checks/pmd.js"],
  ["SOQL budget", "node checks/soql-budget.js"],
  ["Apex contract check (DTOs and controllers)", "node checks/contract.js"],
  ["selected fields: every field read from a queried record was selected", "node checks/selected-fields.js"],
  ["plan fields: mapper, its selectors and the fingerprint match src/core/planFields.ts", "node checks/plan-fields.js"],
  ["checker self-tests and model tests", "node --test checks/__tests__/ tests/"],
  ["jest (src/core + LWC, coverage enforced)", "npx sfdx-lwc-jest --coverage -- --ci"],
  ["browser tests (Playwright + Chromium, preview)", "npx playwright test"]
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command] of STEPS) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  console.log(`\n▶ ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { shell: true, stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "PASS" : "FAIL"}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.name}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
