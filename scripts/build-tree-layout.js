"use strict";
// c/accordTreeLayout: the tidy-tree layout of d3-hierarchy (ISC, pinned 3.1.3 in package.json) bundled into an LWC
// service module for the stakeholder map, with its licence text at the top. Only what the map imports is kept
// (stratify, tree and the hierarchy they build), so the module stays small. `npm run build` writes it
// (scripts/build-core.js); checks/generated.js compares it, so a changed dependency or a lost licence fails.

const fs = require("node:fs");
const path = require("node:path");
const { rollup } = require("rollup");

const ROOT = path.resolve(__dirname, "..");
const PACKAGE = path.join(ROOT, "node_modules/d3-hierarchy");
const TREE_LAYOUT_MODULE = path.join(ROOT, "force-app/main/default/lwc/accordTreeLayout/accordTreeLayout.js");
const ENTRY_ID = "\0accordTreeLayout-entry";
const ENTRY = 'export { stratify, tree } from "d3-hierarchy";\n';

/** The pinned version and the licence text, as the package ships them. */
function packageFacts() {
  const { version, license } = JSON.parse(fs.readFileSync(path.join(PACKAGE, "package.json"), "utf8"));
  const text = fs.readFileSync(path.join(PACKAGE, "LICENSE"), "utf8").trim();
  return { version, license, text };
}

function header({ version, license, text }) {
  const licence = text
    .split("\n")
    .map((line) => ` * ${line}`.trimEnd())
    .join("\n");
  return (
    "// GENERATED FILE: do not edit. Source: node_modules/d3-hierarchy (stratify, tree), built by `npm run build`\n" +
    "// (scripts/build-tree-layout.js). checks/generated.js fails when this file is stale.\n" +
    `/**\n * d3-hierarchy ${version} (https://github.com/d3/d3-hierarchy), licence ${license}:\n *\n${licence}\n */\n`
  );
}

/** Rollup plugin: the entry re-exports the layout; "d3-hierarchy" resolves to the package's ES module. */
function d3Entry() {
  return {
    name: "accord-tree-layout-entry",
    resolveId(source) {
      if (source === ENTRY_ID) return ENTRY_ID;
      if (source === "d3-hierarchy") return path.join(PACKAGE, "dist/d3-hierarchy.mjs");
      return null;
    },
    load(id) {
      return id === ENTRY_ID ? ENTRY : null;
    }
  };
}

async function expectedTreeLayoutModule() {
  const bundle = await rollup({
    input: ENTRY_ID,
    plugins: [d3Entry()],
    onwarn(warning) {
      throw new Error(`accordTreeLayout build: ${warning.message}`);
    }
  });
  const { output } = await bundle.generate({ format: "es", generatedCode: "es2015" });
  await bundle.close();
  return header(packageFacts()) + output[0].code;
}

async function writeTreeLayoutModule() {
  const code = await expectedTreeLayoutModule();
  fs.mkdirSync(path.dirname(TREE_LAYOUT_MODULE), { recursive: true });
  fs.writeFileSync(TREE_LAYOUT_MODULE, code);
  return Buffer.byteLength(code);
}

module.exports = { expectedTreeLayoutModule, writeTreeLayoutModule, TREE_LAYOUT_MODULE };

if (require.main === module) {
  writeTreeLayoutModule().then(
    (bytes) => console.log(`Built ${path.relative(ROOT, TREE_LAYOUT_MODULE)} (${bytes} bytes)`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    }
  );
}
