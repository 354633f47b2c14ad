"use strict";
// SOQL check: every object and field named inside SOQL in .cls/.trigger files exists in the
// project's metadata or is a standard field (apex-ls does not look inside SOQL).

const fs = require("node:fs");
const path = require("node:path");
const { ApexParseTreeWalker, ApexParserBaseListener } = require("@apexdevtools/apex-parser");
const { parseApexFile } = require("./lib/apex-parse");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");
const { createSchema, key } = require("./lib/schema");

const text = (ctx) => ctx.getText();
const lineOfCtx = (ctx) => ctx.start.line;

/** Every SOQL query (top level, sub-query or semi-join) in a parse tree, with its FROM context. */
function collectQueries(tree) {
  const queries = [];
  class Collector extends ApexParserBaseListener {
    enterQuery(ctx) {
      queries.push({ ctx, kind: "query" });
    }
    enterSubQuery(ctx) {
      // A sub-query in the SELECT list names a child relationship; in WHERE it is a semi-join.
      const inSelect = ctx.parentCtx && ctx.parentCtx.constructor.name === "SelectEntryContext";
      queries.push({ ctx, kind: inSelect ? "child" : "query" });
    }
  }
  ApexParseTreeWalker.DEFAULT.walk(new Collector(), tree);
  return queries;
}

/** Field-name contexts that belong to this query (not to nested queries, not the FROM list). */
function ownFieldNames(queryCtx) {
  const names = [];
  const visit = (node) => {
    if (!node.children) return;
    for (const child of node.children) {
      const type = child.constructor.name;
      if (type === "SubQueryContext" || type === "QueryContext" || type === "FromNameListContext") continue;
      if (type === "FieldNameContext") names.push(child);
      else visit(child);
    }
  };
  visit(queryCtx);
  return names;
}

function resolvePath(schema, objectName, segments) {
  let object = schema.get(objectName);
  for (let i = 0; i < segments.length - 1; i++) {
    const target = object.parents.get(key(segments[i]));
    if (!target) return `'${segments[i]}' is not a relationship on ${object.name}`;
    object = schema.get(target);
    if (!object) return `relationship '${segments[i]}' points to unknown object ${target}`;
  }
  const last = segments[segments.length - 1];
  if (object.fields.has(key(last)) || object.parents.has(key(last))) return null;
  return `field '${last}' does not exist on ${object.name}`;
}

function checkQuery(schema, file, query, parentObject) {
  const from = query.ctx.fromNameList();
  const fromName = text(from.fieldName(0));
  const alias = from.soqlId_list().length > 0 ? key(text(from.soqlId(0))) : null;
  let objectName = fromName;
  if (query.kind === "child") {
    const parent = parentObject && schema.get(parentObject);
    objectName = parent && parent.children.get(key(fromName));
    if (!objectName) {
      return [
        finding(file, lineOfCtx(from), `SOQL child relationship '${fromName}' does not exist on ${parentObject}`)
      ];
    }
  }
  if (!schema.get(objectName)) {
    return [
      finding(
        file,
        lineOfCtx(from),
        `SOQL object '${objectName}' does not exist in force-app metadata or the standard schema`
      )
    ];
  }
  const findings = [];
  for (const fieldCtx of ownFieldNames(query.ctx)) {
    let segments = fieldCtx.soqlId_list().map(text);
    if (alias && segments.length > 1 && key(segments[0]) === alias) segments = segments.slice(1);
    const problem = resolvePath(schema, objectName, segments);
    if (problem) findings.push(finding(file, lineOfCtx(fieldCtx), `SOQL ${problem} (in '${segments.join(".")}')`));
  }
  query.objectName = objectName;
  return findings;
}

function checkFile(schema, file) {
  const { tree, errors } = parseApexFile(file);
  if (errors.length > 0) return errors;
  const queries = collectQueries(tree);
  const findings = [];
  // Queries arrive outer before inner, so a child sub-query can look up its parent's object.
  for (const query of queries) {
    const outer = queries.find((q) => q.kind === "query" && q !== query && isAncestor(q.ctx, query.ctx));
    findings.push(...checkQuery(schema, file, query, outer && outer.objectName));
  }
  return findings;
}

function isAncestor(candidate, node) {
  for (let p = node.parentCtx; p; p = p.parentCtx) if (p === candidate) return true;
  return false;
}

/**
 * @param {string} projectDir folder holding the sources (force-app, config/starter…)
 */
function checkSoql(projectDir = ROOT) {
  const roots = ["force-app", "config/starter"].map((d) => path.join(projectDir, d)).filter(fs.existsSync);
  const files = roots.flatMap((root) => listFiles(root, (f) => /\.(cls|trigger)$/.test(f)));
  if (files.length === 0) return [];
  const schema = createSchema(roots);
  return files.flatMap((file) => checkFile(schema, file));
}

module.exports = { checkSoql };

if (require.main === module) runCheck("SOQL fields and objects", () => checkSoql(process.argv[2]));
