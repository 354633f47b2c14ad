"use strict";
// The Metadata API's own type definitions (@salesforce/types lib/metadata.d.ts), read with the
// TypeScript compiler API into: complex types (element → property type) and enumerations.

const fs = require("node:fs");
const ts = require("typescript");

const path = require("node:path");

const SOURCE = path.resolve(__dirname, "../../node_modules/@salesforce/types/lib/metadata.d.ts");
const PRIMITIVES = new Set(["string", "boolean", "number", "any"]);

/** A property's type: { name: 'string' | 'boolean' | 'number' | 'any' | <TypeName> }. */
function propertyType(node) {
  let type = node.type;
  if (type && ts.isArrayTypeNode(type)) type = type.elementType;
  if (!type) return { name: "any" };
  if (ts.isTypeReferenceNode(type)) return { name: type.typeName.getText() };
  const keyword = type.getText();
  return { name: PRIMITIVES.has(keyword) ? keyword : "any" };
}

function membersOf(typeNode, types) {
  if (ts.isTypeLiteralNode(typeNode)) {
    return typeNode.members
      .filter(ts.isPropertySignature)
      .map((m) => [m.name.getText().replace(/^'|'$/g, ""), propertyType(m)]);
  }
  if (ts.isIntersectionTypeNode(typeNode)) return typeNode.types.flatMap((t) => membersOf(t, types));
  if (ts.isTypeReferenceNode(typeNode)) return [{ ref: typeNode.typeName.getText() }];
  return [];
}

let cached;

/** @returns {{ complex: Map<string, Map<string, {name: string}>>, enums: Map<string, Set<string>> }} */
function loadMetadataSchema() {
  if (cached) return cached;
  const file = ts.createSourceFile(SOURCE, fs.readFileSync(SOURCE, "utf8"), ts.ScriptTarget.Latest, true);
  const raw = new Map();
  const enums = new Map();
  for (const statement of file.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const name = statement.name.text;
    const type = statement.type;
    if (ts.isUnionTypeNode(type) && type.types.every((t) => ts.isLiteralTypeNode(t))) {
      enums.set(name, new Set(type.types.map((t) => t.literal.text)));
    } else if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) {
      enums.set(name, new Set([type.literal.text]));
    } else {
      raw.set(name, membersOf(type, raw));
    }
  }
  const complex = new Map();
  const resolve = (name, seen = new Set()) => {
    if (complex.has(name)) return complex.get(name);
    const props = new Map();
    for (const member of raw.get(name) || []) {
      if (Array.isArray(member)) props.set(member[0], member[1]);
      else if (!seen.has(member.ref)) {
        seen.add(member.ref);
        for (const [k, v] of resolve(member.ref, seen)) props.set(k, v);
      }
    }
    complex.set(name, props);
    return props;
  };
  for (const name of raw.keys()) resolve(name);
  cached = { complex, enums };
  return cached;
}

module.exports = { loadMetadataSchema };
