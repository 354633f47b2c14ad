"use strict";
// Plan-fields check: the field lists of the plan objects have one owner, src/core/planFields.ts (PLAN_FIELDS).
// - AccordPlanMapper reads exactly the declared fields of each object (record → DTO, and the fields that group
//   records by plan);
// - every selector method that feeds the mapper — those AccordPlanLoader calls, and the plan records handed to
//   AccordPlanLoader.forEnforcement — is static SOQL (`[SELECT … FROM <object>`) selecting at least them;
// - AccordFingerprint writes the content lines (`line` in the declaration) in the declared order, each from the
//   declared DTO property, as src/core/fingerprint.ts does from the same declaration;
// - AccordUnitOfWork writes every declared content field.

const fs = require("node:fs");
const path = require("node:path");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { apexClassFiles, lineOf } = require("./lib/files");
const { loadCoreSource } = require("../scripts/lib/core-source");

const CLASSES = path.join(ROOT, "force-app/main/default/classes");
/** Plan records read by this selector reach the mapper through AccordPlanLoader.forEnforcement. */
const ENFORCEMENT_PLAN_READ = "AccordPlanEnforcementSelector.plansByIds";

const read = (dir, name) => {
  const file = apexClassFiles(dir).get(name) || path.join(dir, `${name}.cls`);
  return { file, text: fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null };
};

/** Methods of a class (two-space indented declarations, as prettier writes them): [{ name, start, body }]. */
function methodsOf(text) {
  const header = /^ {2}(?:public|private|protected|global)[^\n;=]*?\b(\w+)\s*\(/gm;
  const starts = [...text.matchAll(header)].map((m) => ({ name: m[1], start: m.index }));
  return starts.map((m, i) => ({
    name: m.name,
    start: m.start,
    body: text.slice(m.start, i + 1 < starts.length ? starts[i + 1].start : text.length)
  }));
}

/** Fields the mapper reads, per object: `var.Field__c`, `var.Rel__r.Field` of variables declared with a plan object type. */
function mapperReads(text, objects) {
  const reads = new Map(objects.map((o) => [o, new Map()]));
  const typePattern = new RegExp(`\\b(${objects.join("|")})\\s+(\\w+)\\b`, "g");
  for (const { body, start } of methodsOf(text)) {
    const code = body.replace(/\?\./g, ".");
    const types = new Map([...code.matchAll(typePattern)].map((m) => [m[2], m[1]]));
    for (const m of code.matchAll(/\b(\w+)\.((?:\w+__r\.)?\w+)\b/g)) {
      const object = types.get(m[1]);
      if (!object || !/(__c|^Id|\.\w+)$/.test(m[2]) || /\(/.test(code[m.index + m[0].length] || "")) continue;
      if (!reads.get(object).has(m[2])) reads.get(object).set(m[2], lineOf(text, start + m.index));
    }
  }
  return reads;
}

/** The SELECT list and FROM object of the static query in a selector method, or null. */
function selectOf(body) {
  const m = /\[\s*SELECT\s+([\s\S]*?)\s+FROM\s+(\w+)/i.exec(body);
  if (!m) return null;
  return { fields: new Set(m[1].split(",").map((f) => f.trim())), object: m[2], offset: m.index };
}

function checkPlanFields({ classesDir = CLASSES, planFields = loadCoreSource("src/core/planFields.ts") } = {}) {
  const declared = planFields.PLAN_FIELDS;
  const objects = Object.keys(declared);
  const findings = [];

  // 1. The mapper reads exactly the declared fields.
  const mapper = read(classesDir, "AccordPlanMapper");
  if (!mapper.text) return [finding(mapper.file, 1, "AccordPlanMapper.cls not found")];
  const reads = mapperReads(mapper.text, objects);
  for (const object of objects) {
    const fields = new Set(declared[object].map((f) => f.field));
    for (const [field, line] of reads.get(object)) {
      if (!fields.has(field))
        findings.push(finding(mapper.file, line, `reads ${object}.${field}, not declared in src/core/planFields.ts`));
    }
    for (const field of fields) {
      if (!reads.get(object).has(field))
        findings.push(finding(mapper.file, 1, `never reads ${object}.${field}, declared in src/core/planFields.ts`));
    }
  }

  // 2. Every selector that feeds the mapper selects at least the declared fields, in static SOQL.
  const loader = read(classesDir, "AccordPlanLoader");
  if (!loader.text) return [...findings, finding(loader.file, 1, "AccordPlanLoader.cls not found")];
  const feeds = new Set([...loader.text.matchAll(/\b(Accord\w*Selector)\.(\w+)\s*\(/g)].map((m) => `${m[1]}.${m[2]}`));
  feeds.add(ENFORCEMENT_PLAN_READ);
  for (const feed of [...feeds].sort()) {
    const [className, methodName] = feed.split(".");
    const selector = read(classesDir, className);
    const method = selector.text && methodsOf(selector.text).find((m) => m.name === methodName);
    if (!method) {
      findings.push(finding(loader.file, 1, `${feed} feeds the mapper but was not found`));
      continue;
    }
    const query = selectOf(method.body);
    const where = lineOf(selector.text, method.start);
    if (!query) {
      findings.push(
        finding(selector.file, where, `${feed} feeds the mapper: it must be static SOQL ([SELECT … FROM …])`)
      );
      continue;
    }
    if (!declared[query.object]) {
      findings.push(
        finding(selector.file, where, `${feed} reads ${query.object}, which has no list in src/core/planFields.ts`)
      );
      continue;
    }
    for (const f of declared[query.object]) {
      if (!query.fields.has(f.field))
        findings.push(
          finding(selector.file, where, `${feed} does not select ${query.object}.${f.field}, which the mapper reads`)
        );
    }
  }

  // 3. AccordFingerprint writes the declared content lines in the declared order.
  const fingerprint = read(classesDir, "AccordFingerprint");
  if (!fingerprint.text) return [...findings, finding(fingerprint.file, 1, "AccordFingerprint.cls not found")];
  const written = [...fingerprint.text.matchAll(/\badd\(\s*lines,\s*'([^']+)',\s*\w+\.(\w+)\s*\)/g)].map((m) => ({
    text: `${m[1]}=${m[2]}`,
    line: lineOf(fingerprint.text, m.index)
  }));
  const expected = ["Customer_Account_Plan__c", "Customer_Need__c", "Plan_Initiative__c", "Plan_Commitment__c"].flatMap(
    (object) => declared[object].filter((f) => f.line).map((f) => `${f.line}=${f.property}`)
  );
  for (let i = 0; i < Math.max(written.length, expected.length); i++) {
    if (written[i]?.text === expected[i]) continue;
    findings.push(
      finding(
        fingerprint.file,
        written[i]?.line || 1,
        `content line ${i + 1} is ${written[i] ? `'${written[i].text}'` : "missing"}, src/core/planFields.ts declares ${expected[i] ? `'${expected[i]}'` : "none"} (line=property)`
      )
    );
    break;
  }

  // 4. The unit of work writes every declared content field (a field it forgets would be silently kept stale).
  const writer = read(classesDir, "AccordUnitOfWork");
  if (!writer.text) return [...findings, finding(writer.file, 1, "AccordUnitOfWork.cls not found")];
  for (const object of ["Customer_Account_Plan__c", "Customer_Need__c", "Plan_Initiative__c", "Plan_Commitment__c"]) {
    for (const f of declared[object].filter((d) => d.line)) {
      if (!new RegExp(`\\b${f.field}\\s*=[^=]`).test(writer.text))
        findings.push(
          finding(writer.file, 1, `never writes ${object}.${f.field}, plan content declared in src/core/planFields.ts`)
        );
    }
  }
  return findings;
}

module.exports = { checkPlanFields };

if (require.main === module) runCheck("Plan fields match src/core/planFields.ts", () => checkPlanFields());
