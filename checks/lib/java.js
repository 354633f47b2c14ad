"use strict";
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { ROOT } = require("./findings");

const JAVA_LIB = path.join(ROOT, "node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib/*");

/** Runs java with the PMD engine's jars on the class path; throws when Java is missing. */
function runJava(args, options = {}) {
  const result = spawnSync("java", ["-cp", JAVA_LIB, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options
  });
  if (result.error) {
    throw new Error(`Java 17+ is required (${result.error.message}). Install a JDK and retry.`);
  }
  return result;
}

module.exports = { runJava, JAVA_LIB };
