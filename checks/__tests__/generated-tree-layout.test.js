"use strict";
// The generated-files check covers c/accordTreeLayout (d3-hierarchy for the stakeholder map): the module carries the
// package's ISC licence text, and a copy without it (the bug: a bundled library shipped without its licence) fails.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { checkGenerated } = require("../generated");
const { expectedTreeLayoutModule } = require("../../scripts/build-tree-layout");

const LICENCE = fs.readFileSync(path.join(__dirname, "../../node_modules/d3-hierarchy/LICENSE"), "utf8");

test("accordTreeLayout carries d3-hierarchy's version and ISC licence text, and exports only stratify and tree", async () => {
  const text = await expectedTreeLayoutModule();
  assert.match(text, /^\/\/ GENERATED FILE: do not edit/);
  assert.match(text, /d3-hierarchy 3\.1\.3 .*licence ISC/);
  for (const line of LICENCE.trim()
    .split("\n")
    .filter((l) => l.trim()))
    assert.ok(text.includes(line.trim()), line);
  assert.match(text, /export \{ stratify, tree \};\s*$/);
});

test("generated check rejects an accordTreeLayout.js whose licence was stripped", async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-tree-layout-"));
  const file = path.join(folder, "accordTreeLayout.js");
  fs.writeFileSync(file, (await expectedTreeLayoutModule()).replace(/\/\*\*[\s\S]*?\*\/\n/, ""));
  try {
    const findings = (await checkGenerated({ treeLayoutFile: file })).filter((f) => f.file === file);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /stale generated file: run `npm run build`/);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
