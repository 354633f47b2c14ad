"use strict";
// Name check: with no namespace, every code artefact carries the product prefix so it cannot
// collide with what a customer org already has.

const fs = require("node:fs");
const path = require("node:path");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles, lineOf } = require("./lib/files");

/** metadata folder (the file sits in it or in a sub-folder of it, as classes/plan/) → how to read a name from a
 *  file path, and the prefix it must carry. */
const RULES = [
  { folder: "classes", suffix: ".cls", prefix: "Accord", kind: "Apex class" },
  { folder: "triggers", suffix: ".trigger", prefix: "Accord", kind: "Apex trigger" },
  { folder: "permissionsets", suffix: ".permissionset-meta.xml", prefix: "Accord_", kind: "Permission set" },
  { folder: "customPermissions", suffix: ".customPermission-meta.xml", prefix: "Accord_", kind: "Custom permission" },
  { folder: "staticresources", suffix: ".resource-meta.xml", prefix: "Accord_", kind: "Static resource" }
];

function checkFileNames(sourceDir) {
  const findings = [];
  for (const rule of RULES) {
    for (const file of listFiles(
      sourceDir,
      (f) => path.relative(sourceDir, path.dirname(f)).split(path.sep).includes(rule.folder) && f.endsWith(rule.suffix)
    )) {
      const name = path.basename(file, rule.suffix);
      if (!name.startsWith(rule.prefix)) {
        findings.push(finding(file, 1, `${rule.kind} '${name}' must start with '${rule.prefix}'`));
      }
    }
  }
  return findings;
}

function checkLwcBundles(sourceDir) {
  return listFiles(
    sourceDir,
    (f) => f.endsWith(".js-meta.xml") && path.basename(path.dirname(path.dirname(f))) === "lwc"
  )
    .map((file) => path.basename(path.dirname(file)))
    .filter((bundle) => !bundle.startsWith("accord"))
    .map((bundle) =>
      finding(path.join(sourceDir, "main/default/lwc", bundle), 1, `LWC bundle '${bundle}' must start with 'accord'`)
    );
}

function checkLabels(sourceDir) {
  const findings = [];
  for (const file of listFiles(sourceDir, (f) => f.endsWith(".labels-meta.xml"))) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(/<labels>\s*<fullName>([^<]+)<\/fullName>/g)) {
      if (!match[1].startsWith("Accord_")) {
        findings.push(finding(file, lineOf(text, match.index), `Custom label '${match[1]}' must start with 'Accord_'`));
      }
    }
  }
  return findings;
}

function checkNames(sourceDir = path.join(ROOT, "force-app")) {
  return [...checkFileNames(sourceDir), ...checkLwcBundles(sourceDir), ...checkLabels(sourceDir)];
}

module.exports = { checkNames };

if (require.main === module) runCheck("Product prefix on names", () => checkNames(process.argv[2]));
