"use strict";
// npm run build: writes the generated files — c/accordCore (src/core bundled by build/core-bundle.js), the
// Accord_Spec static resource and the scratch-org seed script. checks/generated.js compares them.

const fs = require("node:fs");
const path = require("node:path");
const { buildCore, OUTPUT } = require("../build/core-bundle");
const { writeSpecResource } = require("./build-spec-resource");
const { writeSeedScript } = require("./build-seed-apex");
const { writeValuesClass } = require("./build-values-apex");
const { writeLabelsModule } = require("./build-labels");

const ROOT = path.resolve(__dirname, "..");

async function main() {
  writeSpecResource();
  writeSeedScript();
  await writeValuesClass();
  writeLabelsModule();
  const code = await buildCore();
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, code);
  console.log(
    `Built ${path.relative(ROOT, OUTPUT)} (${Buffer.byteLength(code)} bytes) from src/core, the Accord_Spec static resource from spec/, and scripts/apex/seed-sample-plans.apex from data/`
  );
}

module.exports = { buildCore, OUTPUT };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
