"use strict";
// Compiles src/core (TypeScript) into the LWC service module c/accordCore.
// Used by `npm run build` (writes the file) and by checks/generated.js (compares it).

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { rollup } = require("rollup");
const { writeSpecResource } = require("./build-spec-resource");
const { writeSeedScript } = require("./build-seed-apex");
const { writeLabelsModule } = require("./build-labels");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "src/core/index.ts");
const OUTPUT = path.join(ROOT, "force-app/main/default/lwc/accordCore/accordCore.js");
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
          removeComments: false,
          sourceMap: false
        }
      });
      return { code: out.outputText, map: null };
    }
  };
}

async function buildCore() {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [typescriptTranspile()],
    onwarn(warning) {
      throw new Error(`accordCore build: ${warning.message}`);
    }
  });
  const { output } = await bundle.generate({ format: "es", generatedCode: "es2015" });
  await bundle.close();
  return HEADER + output[0].code;
}

async function main() {
  writeSpecResource();
  writeSeedScript();
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
