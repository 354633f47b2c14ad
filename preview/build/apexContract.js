"use strict";
// The Apex methods the components may import: the keys of ApexContract in src/core/api.ts.

const fs = require("node:fs");
const ts = require("typescript");

/** Method names ("AccordPlanController.getWorkspace") declared in `interface ApexContract`. */
function readApexMethodNames(apiFile) {
  const source = ts.createSourceFile(apiFile, fs.readFileSync(apiFile, "utf8"), ts.ScriptTarget.ES2020, true);
  const names = [];
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === "ApexContract") {
      for (const member of node.members) {
        if (member.name && ts.isStringLiteral(member.name)) names.push(member.name.text);
      }
    }
  });
  if (names.length === 0) throw new Error(`${apiFile}: no methods found in interface ApexContract`);
  return names;
}

module.exports = { readApexMethodNames };
