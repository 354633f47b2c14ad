"use strict";
// npm run build: writes the generated files — c/accordCore (src/core bundled by build/core-bundle.js), the
// Accord_Spec static resource and the scratch-org seed script. checks/generated.js compares them.

const fs = require("node:fs");
const path = require("node:path");
const { buildCore, OUTPUT, CONFIG_ENTRY, CONFIG_OUTPUT } = require("../build/core-bundle");
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
  const configCode = await buildCore(CONFIG_ENTRY);
  fs.mkdirSync(path.dirname(CONFIG_OUTPUT), { recursive: true });
  fs.writeFileSync(CONFIG_OUTPUT, configCode);
  console.log(
    `Built ${path.relative(ROOT, CONFIG_OUTPUT)} (${Buffer.byteLength(configCode)} bytes) from src/core/configConsole.ts`
  );
  // The accord CLI (not committed: checks/generated.js does not compare it; cli/bin/accord.js rebuilds it when stale).
  console.log(`Built ${path.relative(ROOT, CLI_DIST)} (${await buildCli()} bytes) from cli/ and src/core`);
}

module.exports = { buildCore, OUTPUT, CONFIG_ENTRY, CONFIG_OUTPUT };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
