"use strict";
// Generated-code check: committed outputs equal what their generators produce now.
// - c/accordCore is built from src/core, c/accordConfigCore from src/core/configConsole.ts, c/accordRadarCore from
//   src/core/radar.ts (SECONDARY_MODULES, importing shared code from c/accordCore);
// - the Accord_Spec static resource is a copy of spec/ (so Apex tests run the same vectors);
// - the Apex class AccordValues is generated from src/core/values.ts (the value sets);
// - the scratch-org seed script is generated from data/ (so org samples match the preview's);
// - c/accordLabels is generated from the custom labels (every label imported once, by name);
// - c/accordTreeLayout bundles d3-hierarchy's tidy tree with its ISC licence text.

const fs = require("node:fs");
const { finding, runCheck } = require("./lib/findings");
const { buildCore, OUTPUT, SECONDARY_MODULES } = require("../scripts/build-core");
const { expectedSpecResource, SPEC_RESOURCE } = require("../scripts/build-spec-resource");
const { expectedSeedScript, SEED_SCRIPT } = require("../scripts/build-seed-apex");
const { expectedValuesClass, VALUES_CLASS } = require("../scripts/build-values-apex");
const { expectedLabelsModule, LABELS_MODULE } = require("../scripts/build-labels");
const { expectedTreeLayoutModule, TREE_LAYOUT_MODULE } = require("../scripts/build-tree-layout");

function firstDifferentLine(actual, expected) {
  const a = actual.split("\n");
  const e = expected.split("\n");
  for (let i = 0; i < Math.max(a.length, e.length); i++) if (a[i] !== e[i]) return i + 1;
  return 1;
}

function compareFile(file, expected, command) {
  if (!fs.existsSync(file)) return [finding(file, 1, `missing generated file: run \`${command}\``)];
  const actual = fs.readFileSync(file, "utf8");
  if (actual === expected) return [];
  return [
    finding(
      file,
      firstDifferentLine(actual, expected),
      `stale generated file: run \`${command}\` and commit the result`
    )
  ];
}

async function checkGenerated({
  coreFile = OUTPUT,
  secondaryModules = SECONDARY_MODULES,
  specFile = SPEC_RESOURCE,
  seedFile = SEED_SCRIPT,
  valuesFile = VALUES_CLASS,
  labelsFile = LABELS_MODULE,
  treeLayoutFile = TREE_LAYOUT_MODULE
} = {}) {
  return [
    ...compareFile(coreFile, await buildCore(), "npm run build"),
    ...(
      await Promise.all(
        secondaryModules.map(async (m) => compareFile(m.output, await buildCore(m.entry), "npm run build"))
      )
    ).flat(),
    ...compareFile(specFile, expectedSpecResource(), "npm run build"),
    ...compareFile(valuesFile, await expectedValuesClass(), "npm run build"),
    ...compareFile(seedFile, expectedSeedScript(), "npm run build"),
    ...compareFile(labelsFile, expectedLabelsModule(), "npm run build"),
    ...compareFile(treeLayoutFile, await expectedTreeLayoutModule(), "npm run build")
  ];
}

module.exports = { checkGenerated };

if (require.main === module) runCheck("Generated files are current", () => checkGenerated());
