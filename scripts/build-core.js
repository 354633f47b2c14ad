"use strict";
// npm run build: writes the generated files — c/accordCore and its secondary modules c/accordConfigCore and
// c/accordRadarCore (src/core bundled by build/core-bundle.js), the
// Accord_Spec static resource and the scratch-org seed script. checks/generated.js compares them.

const fs = require("node:fs");
const path = require("node:path");
const { buildCore, OUTPUT, SECONDARY_MODULES } = require("../build/core-bundle");
const { writeSpecResource } = require("./build-spec-resource");
const { writeSeedScript } = require("./build-seed-apex");
const { writeValuesClass } = require("./build-values-apex");
const { writeLabelsModule } = require("./build-labels");
const { writeTreeLayoutModule, TREE_LAYOUT_MODULE } = require("./build-tree-layout");
const { buildCli, DIST: CLI_DIST } = require("../build/cli-bundle");

const ROOT = path.resolve(__dirname, "..");

async function main() {
  writeSpecResource();
  writeSeedScript();
  await writeValuesClass();
  writeLabelsModule();
  const treeLayoutBytes = await writeTreeLayoutModule();
  console.log(`Built ${path.relative(ROOT, TREE_LAYOUT_MODULE)} (${treeLayoutBytes} bytes) from d3-hierarchy`);
  const code = await buildCore();
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, code);
  console.log(
    `Built ${path.relative(ROOT, OUTPUT)} (${Buffer.byteLength(code)} bytes) from src/core, the Accord_Spec static resource from spec/, and scripts/apex/seed-sample-plans.apex from data/`
  );
  for (const { entry, output } of SECONDARY_MODULES) {
    const secondary = await buildCore(entry);
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(output, secondary);
    console.log(
      `Built ${path.relative(ROOT, output)} (${Buffer.byteLength(secondary)} bytes) from ${path.relative(ROOT, entry)}, importing shared code from c/accordCore`
    );
  }
  // The accord CLI (not committed: checks/generated.js does not compare it; cli/bin/accord.js rebuilds it when stale).
  console.log(`Built ${path.relative(ROOT, CLI_DIST)} (${await buildCli()} bytes) from cli/ and src/core`);
}

module.exports = { buildCore, OUTPUT, SECONDARY_MODULES };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
