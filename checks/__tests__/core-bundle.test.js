"use strict";
// build/core-bundle.js: a secondary LWC module imports from c/accordCore the src/core code c/accordCore contains
// (no code ships twice) and the build fails when it needs a name c/accordCore does not export.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { bundleCore, bundleSecondary, buildCore, SECONDARY_MODULES } = require("../../build/core-bundle");

const FIXTURES = path.join(__dirname, "fixtures", "secondary-module");

test("a secondary module imports what c/accordCore contains from c/accordCore instead of bundling it", async () => {
  const core = await bundleCore();
  const code = await bundleSecondary(path.join(FIXTURES, "shared.ts"), core);
  assert.match(code, /^import \{ compareText \} from 'c\/accordCore';$/m);
  assert.doesNotMatch(code, /function compareText/);
});

test("the build fails when a secondary module needs a name c/accordCore contains but does not export", async () => {
  const core = await bundleCore();
  await assert.rejects(
    bundleSecondary(path.join(FIXTURES, "unexported.ts"), core),
    /unexported\.ts imports bySequenceThenCode from code c\/accordCore contains but does not export/
  );
});

test("the committed secondary modules carry no function c/accordCore already has", async () => {
  const core = await bundleCore();
  // A top-level function's first line (name and parameters): two different readNeed functions may exist.
  const declarations = (code) => [...code.matchAll(/^function \w+\(.*$/gm)].map((m) => m[0]);
  const coreFunctions = new Set(declarations(core.code));
  for (const { entry } of SECONDARY_MODULES) {
    const code = await buildCore(entry);
    assert.match(code, /from 'c\/accordCore';$/m, `${path.basename(entry)} imports from c/accordCore`);
    const twice = declarations(code).filter((line) => coreFunctions.has(line));
    assert.deepEqual(twice, [], `${path.basename(entry)} bundles again: ${twice.join(", ")}`);
  }
});
