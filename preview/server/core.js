"use strict";
// Loads src/core in Node the way the components get it: bundled by scripts/build-core.js (the same
// code as c/accordCore), written to a temporary .mjs and imported. One copy of the rules.

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { buildCore } = require("../../scripts/build-core");

let generation = 0;

async function loadCore() {
  const source = await buildCore();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "accord-preview-core-"));
  const file = path.join(folder, `accordCore-${++generation}.mjs`);
  fs.writeFileSync(file, source);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The core functions the preview server calls; a missing one is reported by name, once, at start. */
const REQUIRED_FUNCTIONS = [
  "applyAction",
  "planFingerprint",
  "computeKeyAccountPriority",
  "computeCollaborationIndex",
  "archetypeByCode",
  "normalizeText"
];

function missingFunctions(core) {
  return REQUIRED_FUNCTIONS.filter((name) => typeof core[name] !== "function");
}

/** Calls a core function, or fails with a message naming what src/core lacks. */
function requireCoreFunction(core, name) {
  if (typeof core[name] !== "function") {
    const error = new Error(`src/core does not export ${name}() yet; the preview server needs it for this operation.`);
    error.code = "CORE_FUNCTION_MISSING";
    throw error;
  }
  return core[name];
}

module.exports = { loadCore, missingFunctions, requireCoreFunction, REQUIRED_FUNCTIONS };
