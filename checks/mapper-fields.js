"use strict";
// Mapper-fields check: every field AccordPlanMapper reads from a record was selected by each query that
// AccordPlanLoader feeds it. Apex throws "SObject row was retrieved via SOQL without querying the requested
// field" at run time, and neither apex-ls nor the SOQL check can see that offline.

const fs = require("node:fs");
const path = require("node:path");
const { ROOT, finding, runCheck } = require("./lib/findings");

const CLASSES = path.join(ROOT, "force-app/main/default/classes");

const withoutComments = (source) =>
  source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/\/\/[^\n]*/g, "");
const lineAt = (source, index) => source.slice(0, index).split("\n").length;

/** The body of the method that starts at `index` (from its first "{" to the matching "}"). */
function bodyFrom(source, index) {
  const open = source.indexOf("{", index);
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "{") depth++;
    if (source[i] === "}" && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/** SObject type → [{ field, line }] the mapper reads from a parameter of that type (`record.Field__c`). */
function fieldsReadByMapper(file) {
  const source = withoutComments(fs.readFileSync(file, "utf8"));
  const reads = new Map();
  const signature = /static\s+[\w.<>, ]+\s+\w+\s*\(\s*(\w+__c|\w+)\s+(\w+)\s*[,)]/g;
  for (const match of source.matchAll(signature)) {
    const [, type, param] = match;
    if (!/__c$/.test(type) && !["Account", "Contact"].includes(type)) continue;
    const body = bodyFrom(source, match.index);
    const bodyStart = source.indexOf(body, match.index);
    const access = new RegExp(`\\b${param}\\s*\\??\\.\\s*(\\w+__[cr](?:\\s*\\??\\.\\s*\\w+)?)`, "g");
    for (const use of body.matchAll(access)) {
      const field = use[1].replace(/\s|\?/g, "");
      // A relationship compared with null needs only the relationship; `X__r.Name` needs that field.
      const needed = /__r$/.test(field) ? null : field;
      if (!needed) continue;
      if (!reads.has(type)) reads.set(type, []);
      reads.get(type).push({ field: needed, line: lineAt(source, bodyStart + use.index) });
    }
  }
  return reads;
}

/** "AccordXSelector.method" names the loader calls. */
function selectorCallsOf(file) {
  const source = withoutComments(fs.readFileSync(file, "utf8"));
  return [...new Set([...source.matchAll(/\b(Accord\w+Selector)\.(\w+)\s*\(/g)].map((m) => `${m[1]}.${m[2]}`))];
}

/** The first SOQL of a selector method: its FROM type and selected fields (lower case), with its line. */
function queryOf(classesDir, call) {
  const [className, method] = call.split(".");
  const file = path.join(classesDir, `${className}.cls`);
  const source = withoutComments(fs.readFileSync(file, "utf8"));
  const declaration = new RegExp(`static\\s+[\\w.<>, ]+\\s+${method}\\s*\\(`).exec(source);
  if (!declaration) return null;
  const body = bodyFrom(source, declaration.index);
  const soql = /\[\s*SELECT\s+([\s\S]*?)\s+FROM\s+(\w+)/i.exec(body);
  if (!soql) return null;
  const fields = new Set(
    soql[1]
      .split(",")
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean)
  );
  return { file, type: soql[2], fields, line: lineAt(source, source.indexOf(body, declaration.index)) };
}

function checkMapperFields({
  classesDir = CLASSES,
  loader = path.join(classesDir, "AccordPlanLoader.cls"),
  mapper = path.join(classesDir, "AccordPlanMapper.cls")
} = {}) {
  const reads = fieldsReadByMapper(mapper);
  const findings = [];
  for (const call of selectorCallsOf(loader)) {
    const query = queryOf(classesDir, call);
    if (!query) continue;
    for (const { field, line } of reads.get(query.type) || []) {
      if (!query.fields.has(field.toLowerCase())) {
        findings.push(
          finding(
            query.file,
            query.line,
            `${call} does not select ${query.type}.${field}, which AccordPlanMapper reads at line ${line}`
          )
        );
      }
    }
  }
  return findings;
}

module.exports = { checkMapperFields };

if (require.main === module) {
  runCheck("Selectors feeding AccordPlanMapper select every field it reads", () => checkMapperFields());
}
