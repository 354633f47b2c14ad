"use strict";
// Wire adapter check: lwc.dev says "Building a custom wire adapter is not supported on the Salesforce Platform".
// Every @wire in a component must therefore name an adapter the platform provides: one imported from a
// `lightning/*` module (MessageContext, CurrentPageReference, getRecord…) or from `@salesforce/*` (an Apex method).
// The original bug: c/accordScreenLabels exported `screenLabels` and `screenLocale`, and c/accordRecordIdSet a
// `recordIdSet`, as wire adapter classes that 20 components used with @wire; every offline check passed them.

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");

const PLATFORM_MODULE = /^(lightning\/|@salesforce\/)/;

/** The module each imported name comes from in a source file: local name → module specifier. */
function importSources(source) {
  const sources = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const from = statement.moduleSpecifier.text;
    const { name, namedBindings } = statement.importClause;
    if (name) sources.set(name.text, from);
    if (namedBindings && ts.isNamedImports(namedBindings)) {
      for (const element of namedBindings.elements) sources.set(element.name.text, from);
    }
    if (namedBindings && ts.isNamespaceImport(namedBindings)) sources.set(namedBindings.name.text, from);
  }
  return sources;
}

/** Every `@wire(adapter, …)` decorator in a source file, with the adapter's expression text and its line. */
function wireDecorators(source) {
  const found = [];
  const visit = (node) => {
    const decorators = ts.canHaveDecorators(node) ? ts.getDecorators(node) || [] : [];
    for (const decorator of decorators) {
      const call = decorator.expression;
      if (ts.isCallExpression(call) && call.expression.getText(source) === "wire" && call.arguments.length > 0) {
        const adapter = call.arguments[0];
        const line = source.getLineAndCharacterOfPosition(decorator.getStart(source)).line + 1;
        found.push({ adapter: adapter.getText(source), root: rootName(adapter), line });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The identifier an adapter expression starts from: `getRecord` or `ns` of `ns.getRecord`. */
function rootName(expression) {
  let node = expression;
  while (ts.isPropertyAccessExpression(node)) node = node.expression;
  return ts.isIdentifier(node) ? node.text : null;
}

/** Findings for one component file: a wired adapter that is not imported from a platform module. */
function checkFile(file) {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS
  );
  const sources = importSources(source);
  return wireDecorators(source)
    .filter(({ root }) => !PLATFORM_MODULE.test(sources.get(root) || ""))
    .map(({ adapter, root, line }) => {
      const from = sources.get(root);
      const where = from ? `imported from ${from}` : "defined in this file";
      return finding(
        file,
        line,
        `@wire(${adapter}) uses a custom wire adapter (${where}); custom wire adapters are not supported on the ` +
          "Salesforce Platform: wire a lightning/* or @salesforce/* adapter, or subscribe in connectedCallback"
      );
    });
}

/** @param {string} projectDir folder holding force-app */
function checkWireAdapters(projectDir = ROOT) {
  const lwc = path.join(projectDir, "force-app/main/default/lwc");
  if (!fs.existsSync(lwc)) return [];
  const isTest = (file) => path.relative(lwc, file).split(path.sep).includes("__tests__");
  const files = listFiles(lwc, (file) => file.endsWith(".js") && !isTest(file));
  return files.flatMap(checkFile);
}

module.exports = { checkWireAdapters };

if (require.main === module) runCheck("wire adapters from the platform", () => checkWireAdapters(process.argv[2]));
