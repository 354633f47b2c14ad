"use strict";
// Generates the LWC service module c/accordLabels from the custom labels (CustomLabels.labels-meta.xml),
// the one owner of every user-facing string. LWC needs a static `@salesforce/label/c.X` import per
// label, so the module imports each one and exports them under their names without the Accord_ prefix.
// Used by `npm run build` (writes the file) and by checks/generated.js (compares it).

const fs = require("node:fs");
const path = require("node:path");
const { readLabelCatalog } = require("../preview/build/labels.js");

const ROOT = path.resolve(__dirname, "..");
const LABELS_MODULE = path.join(ROOT, "force-app/main/default/lwc/accordLabels/accordLabels.js");
const PREFIX = "Accord_";
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const HEADER = `// GENERATED FILE: do not edit. Source: force-app/main/default/labels/CustomLabels.labels-meta.xml,
// built by \`npm run build\` (scripts/build-labels.js). checks/generated.js fails when this file is stale.
/**
 * Every custom label of Accord (translated by the platform), under its name without the Accord_ prefix.
 * Codes map to labels by name: codeLabel("Issue", code) is the label Accord_Issue_<code>.
 * formatLabel fills {0}, {1}… placeholders, as the platform's labels carry them.
 */
`;

const FOOTER = `
/** The label named <kind>_<code> (Accord_Issue_NEED_UNDECIDED for "Issue", "NEED_UNDECIDED"), or undefined. */
export function codeLabel(kind, code) {
  const name = \`\${kind}_\${code}\`;
  return Object.prototype.hasOwnProperty.call(LABELS, name) ? LABELS[name] : undefined;
}

/** Replaces {0}, {1}… in a label with the given values (missing values leave the placeholder). */
export function formatLabel(template, ...values) {
  return String(template).replace(/\\{(\\d+)\\}/g, (match, index) => {
    const value = values[index];
    return value === undefined || value === null ? match : String(value);
  });
}
`;

/** The module's text for these label names (in the order given). */
function labelsModule(names) {
  const keys = names.map((name) => {
    if (!name.startsWith(PREFIX)) throw new Error(`custom label ${name}: every label name starts with ${PREFIX}`);
    const key = name.slice(PREFIX.length);
    if (!IDENTIFIER.test(key)) throw new Error(`custom label ${name}: ${key} is not a JavaScript identifier`);
    return key;
  });
  const imports = keys.map((key) => `import ${key} from "@salesforce/label/c.${PREFIX}${key}";\n`).join("");
  const entries = keys.map((key) => `  ${key}`).join(",\n");
  return `${HEADER}${imports}\nexport const LABELS = Object.freeze({\n${entries}\n});\n${FOOTER}`;
}

function expectedLabelsModule(root = ROOT) {
  const { en } = readLabelCatalog(root);
  return labelsModule(Object.keys(en));
}

function writeLabelsModule() {
  fs.writeFileSync(LABELS_MODULE, expectedLabelsModule());
}

module.exports = { expectedLabelsModule, labelsModule, writeLabelsModule, LABELS_MODULE };

if (require.main === module) {
  writeLabelsModule();
  console.log(`Built ${path.relative(ROOT, LABELS_MODULE)} from the custom labels`);
}
