"use strict";
// Own public properties check: the platform reads a component's public properties from the component's own class.
// @api properties declared only on a superclass are ignored when a bundle's targetConfig <property> is validated
// (forcedotcom/cli#3339, salesforce/lwc#5409: the deploy fails), and the LWC team calls @api inheritance unintended
// (salesforce/lwc#3762). So a bundle placed on a record page that uses `recordId` (itself or through a c/ superclass,
// such as the Account cards' c/accordRecordCard) declares `@api recordId` in its own class, and every targetConfig
// <property> is an @api of the bundle's own class. Moving the cards' recordId accessor into their base class, to
// write it once, passes jest and the preview (the LWC engine merges superclass props) but not the org.

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { ROOT, finding, runCheck } = require("./lib/findings");

/** Targets whose page gives the component the record it shows (recordId). */
const RECORD_TARGETS = ["lightning__RecordPage", "lightning__RecordAction"];

function parse(file) {
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
}

/** The default-exported class of a source file, or null. */
function defaultClass(source) {
  return (
    source.statements.find(
      (statement) =>
        ts.isClassDeclaration(statement) &&
        (ts.getModifiers(statement) || []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
    ) || null
  );
}

/** Names of the members of a class decorated with @api (fields, getters, setters, methods). */
function apiMembers(classNode) {
  const names = new Set();
  for (const member of classNode.members) {
    const decorators = ts.canHaveDecorators(member) ? ts.getDecorators(member) || [] : [];
    if (member.name && decorators.some((d) => d.expression.getText() === "api")) names.add(member.name.getText());
  }
  return names;
}

/** The c/ module a class extends, directly or through a mixin call (ScreenFollower(AccordRecordCard)), or null. */
function superclassModule(source, classNode) {
  const heritage = (classNode.heritageClauses || []).find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  if (!heritage) return null;
  const identifiers = [];
  const visit = (node) => {
    if (ts.isIdentifier(node)) identifiers.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(heritage);
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause || !statement.importClause.name) continue;
    const from = statement.moduleSpecifier.text;
    if (from.startsWith("c/") && identifiers.includes(statement.importClause.name.text)) return from.slice(2);
  }
  return null;
}

/** Whether a class's file, or a c/ superclass's, names recordId. */
function usesRecordId(lwcDir, bundle, seen = new Set()) {
  if (seen.has(bundle)) return false;
  seen.add(bundle);
  const file = path.join(lwcDir, bundle, `${bundle}.js`);
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, "utf8");
  if (/\brecordId\b/.test(text)) return true;
  const source = parse(file);
  const classNode = defaultClass(source);
  const parent = classNode && superclassModule(source, classNode);
  return parent ? usesRecordId(lwcDir, parent, seen) : false;
}

/** The bundle's targets and targetConfig property names, from its js-meta.xml. */
function readMeta(metaFile) {
  const xml = fs.readFileSync(metaFile, "utf8");
  const targets = [...xml.matchAll(/<target>\s*([^<\s]+)\s*<\/target>/g)].map((m) => m[1]);
  const properties = [...xml.matchAll(/<property\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
  return { targets, properties };
}

function checkBundle(lwcDir, bundle) {
  const file = path.join(lwcDir, bundle, `${bundle}.js`);
  const metaFile = path.join(lwcDir, bundle, `${bundle}.js-meta.xml`);
  if (!fs.existsSync(file) || !fs.existsSync(metaFile)) return [];
  const { targets, properties } = readMeta(metaFile);
  const source = parse(file);
  const classNode = defaultClass(source);
  if (!classNode) return [];
  const own = apiMembers(classNode);
  const line = source.getLineAndCharacterOfPosition(classNode.getStart(source)).line + 1;
  const findings = [];
  if (targets.some((t) => RECORD_TARGETS.includes(t)) && !own.has("recordId") && usesRecordId(lwcDir, bundle)) {
    findings.push(
      finding(
        file,
        line,
        "uses recordId on a record page but declares no @api recordId in its own class; the platform reads a " +
          "bundle's public properties from its own class (a superclass's @api is ignored at deploy, " +
          "forcedotcom/cli#3339): declare @api recordId here (a getter and setter may hand it to the base class)"
      )
    );
  }
  for (const property of properties.filter((name) => !own.has(name))) {
    findings.push(
      finding(
        metaFile,
        1,
        `targetConfig property "${property}" is not an @api of ${bundle}'s own class; the deploy ignores @api ` +
          "properties of a superclass: declare it in the bundle's class"
      )
    );
  }
  return findings;
}

/** @param {string} projectDir folder holding force-app */
function checkRecordContext(projectDir = ROOT) {
  const lwc = path.join(projectDir, "force-app/main/default/lwc");
  if (!fs.existsSync(lwc)) return [];
  return fs
    .readdirSync(lwc, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => checkBundle(lwc, entry.name));
}

module.exports = { checkRecordContext };

if (require.main === module) {
  runCheck("own public properties of record-page components", () => checkRecordContext(process.argv[2]));
}
