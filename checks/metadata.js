"use strict";
// Metadata check: every *-meta.xml is well-formed XML in the Metadata API namespace, and every
// element and enumerated value is valid for its type as declared in @salesforce/types.

const fs = require("node:fs");
const path = require("node:path");
const sax = require("sax");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");
const { loadMetadataSchema } = require("./lib/metadata-schema");

const NAMESPACE = "http://soap.sforce.com/2006/04/metadata";
// Elements the Metadata API types as a string holding raw XML: their children are not typed.
const OPAQUE = new Set(["LightningComponentBundle.targetConfigs"]);

/** Parses XML into a tree of { name, attributes, children, text, line } with line numbers. */
function parseXml(file) {
  const parser = sax.parser(true, { xmlns: false, position: true });
  const root = { children: [] };
  const stack = [root];
  let error = null;
  parser.onerror = (e) => {
    error = error || finding(file, parser.line + 1, `XML is not well-formed: ${e.message.split("\n")[0]}`);
    parser.error = null;
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const node = { name: tag.name, attributes: tag.attributes, children: [], text: "", line: parser.line + 1 };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => stack.pop();
  parser.ontext = (t) => {
    stack[stack.length - 1].text += t;
  };
  parser.oncdata = parser.ontext;
  parser.write(fs.readFileSync(file, "utf8")).close();
  if (!error && root.children.length !== 1) error = finding(file, 1, "XML must have exactly one root element");
  return { root: root.children[0], error };
}

function checkValue(file, node, typeName, enums, where) {
  const value = node.text.trim();
  if (typeName === "boolean" && value !== "true" && value !== "false") {
    return [finding(file, node.line, `${where} must be true or false, not '${value}'`)];
  }
  if (typeName === "number" && !/^-?\d+(\.\d+)?$/.test(value)) {
    return [finding(file, node.line, `${where} must be a number, not '${value}'`)];
  }
  const allowed = enums.get(typeName);
  if (allowed && !allowed.has(value)) {
    const list = [...allowed].slice(0, 12).join(", ") + (allowed.size > 12 ? ", …" : "");
    return [finding(file, node.line, `${where}: '${value}' is not a valid ${typeName} (expected one of: ${list})`)];
  }
  return [];
}

function checkElement(file, node, typeName, schema, where) {
  const { complex, enums } = schema;
  const props = complex.get(typeName);
  if (!props) {
    if (node.children.length > 0 && typeName !== "any") {
      return [finding(file, node.line, `${where} must hold a value, not child elements`)];
    }
    return checkValue(file, node, typeName, enums, where);
  }
  const findings = [];
  for (const child of node.children) {
    const prop = props.get(child.name);
    if (!prop) {
      findings.push(finding(file, child.line, `<${child.name}> is not a valid element of ${typeName}`));
      continue;
    }
    if (OPAQUE.has(`${typeName}.${child.name}`)) continue;
    findings.push(...checkElement(file, child, prop.name, schema, `${typeName}.${child.name}`));
  }
  return findings;
}

function checkMetadataFile(file, schema) {
  const { root, error } = parseXml(file);
  if (error) return [error];
  if (root.attributes.xmlns !== NAMESPACE) {
    return [finding(file, root.line, `root <${root.name}> must declare xmlns="${NAMESPACE}"`)];
  }
  if (!schema.complex.has(root.name)) {
    return [finding(file, root.line, `<${root.name}> is not a Metadata API type`)];
  }
  return checkElement(file, root, root.name, schema, root.name);
}

function checkMetadata(dirs = [path.join(ROOT, "force-app"), path.join(ROOT, "config/starter")]) {
  const schema = loadMetadataSchema();
  const files = dirs.flatMap((dir) => listFiles(dir, (f) => f.endsWith("-meta.xml")));
  return files.flatMap((file) => checkMetadataFile(file, schema));
}

module.exports = { checkMetadata, checkMetadataFile };

if (require.main === module) {
  runCheck("Metadata (well-formed, valid for its type)", () =>
    checkMetadata(process.argv.length > 2 ? process.argv.slice(2) : undefined)
  );
}
