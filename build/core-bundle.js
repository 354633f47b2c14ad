"use strict";
// The one bundling of src/core: the TypeScript rules compiled into ES modules — c/accordCore, and the secondary
// modules (c/accordConfigCore, c/accordRadarCore) that import from c/accordCore whatever it already contains.
// scripts/build-core.js writes them (npm run build; checks/generated.js compares them); scripts/bench.js and
// preview/server/core.js load src/core/node.ts bundled the same way, so every Node user runs the source the
// components ship.
// Depends on src/core and node_modules only: scripts/ and preview/ import this, never the other way.

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const ts = require("typescript");
const { rollup } = require("rollup");

const ROOT = path.resolve(__dirname, "..");
const LWC = path.join(ROOT, "force-app/main/default/lwc");
const ENTRY = path.join(ROOT, "src/core/index.ts");
/** Where the bundle is committed, as the LWC service module c/accordCore. */
const OUTPUT = path.join(LWC, "accordCore/accordCore.js");
/** How the secondary modules import c/accordCore (an LWC module specifier). */
const CORE_SPECIFIER = "c/accordCore";
/**
 * Secondary LWC service modules: rules only one component uses, kept out of c/accordCore (128 KiB limit). Each
 * imports from c/accordCore every src/core module that c/accordCore already contains, so no code ships twice.
 */
const CONFIG_ENTRY = path.join(ROOT, "src/core/configConsole.ts");
const CONFIG_OUTPUT = path.join(LWC, "accordConfigCore/accordConfigCore.js");
const RADAR_ENTRY = path.join(ROOT, "src/core/radar.ts");
const RADAR_OUTPUT = path.join(LWC, "accordRadarCore/accordRadarCore.js");
const SECONDARY_MODULES = [
  { entry: CONFIG_ENTRY, output: CONFIG_OUTPUT },
  { entry: RADAR_ENTRY, output: RADAR_OUTPUT }
];
/**
 * What Node users load (the preview server, scripts/bench.js, the CLI tests): c/accordCore's surface plus the
 * rules only Apex runs in the org (its twins in the preview) and the radar's. Not shipped: one self-contained bundle.
 */
const NODE_ENTRY = path.join(ROOT, "src/core/node.ts");
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

/** Rollup plugin: any src/core module that c/accordCore contains is imported from c/accordCore instead. */
function sharedWithCore(coreModuleIds) {
  return {
    name: "shared-with-accordCore",
    async resolveId(source, importer) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && coreModuleIds.has(resolved.id) ? { id: CORE_SPECIFIER, external: true } : null;
    }
  };
}

/** src/core bundled from `entry` as one ES module; `plugins` go before the TypeScript step. */
async function bundle(entry, plugins = [], paths = {}) {
  const build = await rollup({
    input: entry,
    plugins: [...plugins, typescriptTranspile()],
    onwarn(warning) {
      throw new Error(`${path.basename(entry)} build: ${warning.message}`);
    }
  });
  const { output } = await build.generate({ format: "es", generatedCode: "es2015", paths });
  await build.close();
  return output[0];
}

/** c/accordCore's chunk: its code, the src/core modules it contains and the names it exports. */
async function bundleCore() {
  const chunk = await bundle(ENTRY);
  return { code: chunk.code, moduleIds: new Set(chunk.moduleIds), exports: new Set(chunk.exports) };
}

/**
 * A secondary module importing shared code from c/accordCore; throws when it needs a name c/accordCore does not
 * export (export it from src/core/index.ts, or move the code the secondary needs into its own file).
 * @param {string} [corePath] where the import of c/accordCore points (Node imports a file, not c/accordCore)
 */
async function bundleSecondary(entry, core, corePath) {
  const chunk = await bundle(entry, [sharedWithCore(core.moduleIds)], corePath ? { [CORE_SPECIFIER]: corePath } : {});
  const imported = chunk.importedBindings[CORE_SPECIFIER] || [];
  const missing = imported.filter((name) => !core.exports.has(name));
  if (missing.length) {
    throw new Error(
      `${path.relative(ROOT, entry)} imports ${missing.join(", ")} from code c/accordCore contains but does not ` +
        "export: export it from src/core/index.ts (shared with the secondary modules), or move it to its own file"
    );
  }
  return chunk.code;
}

/**
 * The text of c/accordCore (entry src/core/index.ts), of a secondary module (its entry in SECONDARY_MODULES,
 * sharing c/accordCore's code) or of any other entry bundled on its own, with the generated-file header.
 */
async function buildCore(entry = ENTRY) {
  const secondary = SECONDARY_MODULES.some((m) => m.entry === entry);
  if (entry !== ENTRY && !secondary) return HEADER + (await bundle(entry)).code;
  const core = await bundleCore();
  return HEADER + (secondary ? await bundleSecondary(entry, core) : core.code);
}

let generation = 0;

/**
 * src/core as Node runs it: bundled now (so a change to src/core is seen without `npm run build`), written to a
 * temporary .mjs and imported. A secondary module is written beside c/accordCore's code and imports it from there.
 * @returns {Promise<typeof import("../src/core/node")>}
 */
async function importCore(entry = NODE_ENTRY) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-core-"));
  const file = path.join(folder, `core-${++generation}.mjs`);
  try {
    if (SECONDARY_MODULES.some((m) => m.entry === entry)) {
      const core = await bundleCore();
      fs.writeFileSync(path.join(folder, "accordCore.mjs"), core.code);
      fs.writeFileSync(file, await bundleSecondary(entry, core, "./accordCore.mjs"));
    } else {
      fs.writeFileSync(file, await buildCore(entry));
    }
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

module.exports = {
  buildCore,
  bundleCore,
  bundleSecondary,
  importCore,
  typescriptTranspile,
  ENTRY,
  OUTPUT,
  CONFIG_ENTRY,
  CONFIG_OUTPUT,
  RADAR_ENTRY,
  RADAR_OUTPUT,
  SECONDARY_MODULES,
  NODE_ENTRY
};
