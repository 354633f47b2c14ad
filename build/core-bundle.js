"use strict";
// The one bundling of src/core: the TypeScript rules compiled into one ES module, the text of c/accordCore.
// scripts/build-core.js writes it (npm run build; checks/generated.js compares it), scripts/bench.js times it and
// preview/server/core.js serves with it, so every Node user runs the code the components ship.
// Depends on src/core and node_modules only: scripts/ and preview/ import this, never the other way.

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const ts = require("typescript");
const { rollup } = require("rollup");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "src/core/index.ts");
/** Where the bundle is committed, as the LWC service module c/accordCore. */
const OUTPUT = path.join(ROOT, "force-app/main/default/lwc/accordCore/accordCore.js");
/** The configuration console's rules, their own LWC service module c/accordConfigCore (accordCore has no room). */
const CONFIG_ENTRY = path.join(ROOT, "src/core/configConsole.ts");
const CONFIG_OUTPUT = path.join(ROOT, "force-app/main/default/lwc/accordConfigCore/accordConfigCore.js");
const HEADER =
  "// GENERATED FILE: do not edit. Source: src/core (TypeScript), built by `npm run build`.\n" +
  "// checks/generated.js fails when this file is stale.\n";

/** Rollup plugin: resolve extension-less imports to .ts and strip types. */
function typescriptTranspile() {
  return {
    name: "typescript-transpile",
    resolveId(source, importer) {
      if (!importer || !source.startsWith(".")) return null;
      const candidate = path.resolve(path.dirname(importer), source);
      for (const file of [candidate + ".ts", path.join(candidate, "index.ts")]) {
        if (fs.existsSync(file)) return file;
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith(".ts")) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ES2020,
          module: ts.ModuleKind.ES2020,
          removeComments: true,
          sourceMap: false
        }
      });
      return { code: out.outputText, map: null };
    }
  };
}

/** The text of c/accordCore: src/core bundled as one ES module, with the generated-file header. */
async function buildCore(entry = ENTRY) {
  const bundle = await rollup({
    input: entry,
    plugins: [typescriptTranspile()],
    onwarn(warning) {
      throw new Error(`accordCore build: ${warning.message}`);
    }
  });
  const { output } = await bundle.generate({ format: "es", generatedCode: "es2015" });
  await bundle.close();
  return HEADER + output[0].code;
}

let generation = 0;

/**
 * src/core as Node runs it: bundled now (so a change to src/core is seen without `npm run build`), written to a
 * temporary .mjs and imported.
 * @returns {Promise<typeof import("../src/core/index")>}
 */
async function importCore(entry = ENTRY) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-core-"));
  const file = path.join(folder, `accordCore-${++generation}.mjs`);
  fs.writeFileSync(file, await buildCore(entry));
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

module.exports = { buildCore, importCore, typescriptTranspile, OUTPUT, CONFIG_ENTRY, CONFIG_OUTPUT };
