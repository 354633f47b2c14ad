"use strict";
// Loads a self-contained src/core module (one that imports nothing at run time, such as
// src/core/values.ts) in Node: transpiled by TypeScript and evaluated, so build scripts, checks and
// model tests read the declarations themselves instead of copies.

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "../..");

function loadCoreSource(relativePath) {
  const file = path.join(ROOT, relativePath);
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS }
  });
  const module = { exports: {} };
  const noImports = () => {
    throw new Error(`${relativePath} must not import anything at run time`);
  };
  new Function("exports", "module", "require", outputText)(module.exports, module, noImports);
  return module.exports;
}

/** src/core/values.ts: every value set of Accord. */
const loadValues = () => loadCoreSource("src/core/values.ts");

module.exports = { loadCoreSource, loadValues };
