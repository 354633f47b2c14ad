"use strict";
// Generates the Apex class AccordValues from src/core/values.ts: one String constant per value of
// every value set and one List<String> per set, in the declared order. Used by `npm run build`
// (writes the class) and by checks/generated.js (compares it). Apex never spells a picklist value.

const fs = require("node:fs");
const path = require("node:path");
const prettier = require("prettier");
const { loadValues } = require("./lib/core-source");

const ROOT = path.resolve(__dirname, "..");
const VALUES_CLASS = path.join(ROOT, "force-app/main/default/classes/rules/AccordValues.cls");

/** PLAN_STATUSES → PLAN_STATUS, PARTIES → PARTY, DIMENSION_AUDIENCES → DIMENSION_AUDIENCE. */
function singular(name) {
  if (name.endsWith("IES")) return name.slice(0, -3) + "Y";
  if (name.endsWith("SES")) return name.slice(0, -2);
  return name.replace(/S$/, "");
}

/** 'In meeting' → IN_MEETING, 'Check-in' → CHECK_IN, 'zh_CN' → ZH_CN. */
const constantName = (value) =>
  value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

const apexString = (value) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/** The value sets of the module: its exported arrays of strings, by export name. */
function valueSets(values = loadValues()) {
  return Object.entries(values).filter(
    ([, value]) => Array.isArray(value) && value.every((entry) => typeof entry === "string")
  );
}

function whereUsed(values, set) {
  const fields = Object.entries(values.VALUE_SET_FIELDS || {})
    .filter(([, spec]) => spec.values === set || (values.GLOBAL_VALUE_SETS || {})[spec.globalValueSet] === set)
    .map(([field]) => field);
  const globals = Object.entries(values.GLOBAL_VALUE_SETS || {})
    .filter(([, values]) => values === set)
    .map(([name]) => `global value set ${name}`);
  return [...globals, ...fields].join(", ");
}

function valuesClassSource(values = loadValues()) {
  const lines = [
    "// GENERATED FILE: do not edit. Source: src/core/values.ts, built by `npm run build`",
    "// (scripts/build-values-apex.js); checks/generated.js fails when this file is stale.",
    "/**",
    " * Every value set of Accord as constants, generated from src/core/values.ts (the one owner of the",
    " * lists): the picklists in the metadata equal them (tests/model/objects.test.js).",
    " */",
    "public with sharing class AccordValues {"
  ];
  for (const [name, set] of valueSets(values)) {
    const prefix = singular(name);
    const used = whereUsed(values, set);
    lines.push("", `  // ${name}${used ? `: ${used}` : ""}`);
    const names = set.map((value) => `${prefix}_${constantName(value)}`);
    set.forEach((value, i) => lines.push(`  public static final String ${names[i]} = ${apexString(value)};`));
    lines.push(`  public static final List<String> ${name} = new List<String>{ ${names.join(", ")} };`);
  }
  lines.push("}", "");
  return lines.join("\n");
}

/** The class as prettier (with the Apex plugin, the project's settings) writes it. */
async function expectedValuesClass() {
  const options = await prettier.resolveConfig(VALUES_CLASS);
  return prettier.format(valuesClassSource(), { ...options, filepath: VALUES_CLASS });
}

async function writeValuesClass() {
  fs.writeFileSync(VALUES_CLASS, await expectedValuesClass());
}

module.exports = { expectedValuesClass, writeValuesClass, valuesClassSource, VALUES_CLASS, singular, constantName };

if (require.main === module) {
  writeValuesClass().then(
    () => console.log(`Built ${path.relative(ROOT, VALUES_CLASS)} from src/core/values.ts`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    }
  );
}
