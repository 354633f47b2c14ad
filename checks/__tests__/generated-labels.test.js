"use strict";
// The generated-files check covers c/accordLabels: a module that misses a custom label fails, the committed one passes.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { checkGenerated } = require("../generated");
const { labelsModule } = require("../../scripts/build-labels");

const FIXTURES = path.join(__dirname, "fixtures");

test("generated check rejects an accordLabels.js that misses a custom label", async () => {
  const stale = await checkGenerated({ labelsFile: path.join(FIXTURES, "stale-labels", "accordLabels.js") });
  const labelFindings = stale.filter((f) => f.file.includes("stale-labels"));
  assert.equal(labelFindings.length, 1);
  assert.match(labelFindings[0].message, /stale generated file: run `npm run build`/);
});

test("accordLabels is generated from every custom label, imported once under its name without Accord_", () => {
  const text = labelsModule(["Accord_A_One", "Accord_B_two"]);
  assert.match(text, /^\/\/ GENERATED FILE: do not edit/);
  assert.match(text, /import A_One from "@salesforce\/label\/c\.Accord_A_One";\nimport B_two from/);
  assert.match(text, /export const LABELS = Object\.freeze\(\{\n {2}A_One,\n {2}B_two\n\}\);/);
  assert.throws(() => labelsModule(["Other_Name"]), /starts with Accord_/);
  assert.throws(() => labelsModule(["Accord_Bad-Name"]), /not a JavaScript identifier/);
});
