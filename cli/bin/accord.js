#!/usr/bin/env node
"use strict";
// `npx accord …`: runs the bundled CLI (cli/dist/accord.js), rebuilding it first when it is missing or older
// than a source in cli/ or src/core, so a pulled change is never run stale. The check costs a few stat calls;
// the build (rollup + TypeScript) loads only when needed.

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "cli/dist/accord.js");
const SOURCES = [path.join(ROOT, "cli"), path.join(ROOT, "src/core")];

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "dist" && entry.name !== "__tests__" && entry.name !== "node_modules") {
        newest = Math.max(newest, newestSource(full));
      }
    } else if (entry.name.endsWith(".ts")) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(DIST)) return true;
  const built = fs.statSync(DIST).mtimeMs;
  return SOURCES.some((dir) => newestSource(dir) > built);
}

async function run() {
  if (isStale()) await require("../../build/cli-bundle").buildCli();
  process.exitCode = await require(DIST).main(process.argv.slice(2));
}

run().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exitCode = 70;
});
