"use strict";
const fs = require("node:fs");
const path = require("node:path");

const SKIP = new Set(["node_modules", ".git", ".sfdx", ".sf", "coverage"]);

/** All files under dir (recursively) whose path matches the predicate, sorted. */
function listFiles(dir, predicate) {
  const out = [];
  const walk = (current) => {
    if (!fs.existsSync(current)) return;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (predicate(full)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** The Apex classes under dir, at any depth (classes/plan/, classes/rules/… or flat): class name → file. */
function apexClassFiles(dir) {
  return new Map(listFiles(dir, (f) => f.endsWith(".cls")).map((f) => [path.basename(f, ".cls"), f]));
}

/** 1-based line number of a character offset in text. */
function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

module.exports = { listFiles, apexClassFiles, lineOf };
