"use strict";
// Contract check: the Apex DTO classes (inner classes of AccordDto) have exactly the properties,
// with compatible types, of the TypeScript interfaces in src/core/contract.ts and api.ts.

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { ApexParserFactory, ApexParseTreeWalker, ApexParserBaseListener } = require("@apexdevtools/apex-parser");
const { ROOT, finding, runCheck } = require("./lib/findings");

const TS_FILES = ["src/core/contract.ts", "src/core/api.ts"].map((f) => path.join(ROOT, f));
const APEX_DTO = path.join(ROOT, "force-app/main/default/classes/AccordDto.cls");

/** TypeScript interface name → Map(property → normalized type). */
function readTsInterfaces(files) {
  const interfaces = new Map();
  const sources = files.map((file) =>
    ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  );
  // Aliases such as `type Party = 'Company' | 'Customer'` are strings on the Apex side.
  const aliases = new Map();
  for (const source of sources) {
    for (const statement of source.statements) {
      if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
    }
  }
  const resolve = (node) => {
    const alias = ts.isTypeReferenceNode(node) && aliases.get(node.typeName.getText());
    return alias ? resolve(alias) : node;
  };
  for (const source of sources) {
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      const props = new Map();
      for (const member of statement.members) {
        if (ts.isPropertySignature(member) && member.type)
          props.set(member.name.getText(), tsType(member.type, resolve));
      }
      interfaces.set(statement.name.text, props);
    }
  }
  return interfaces;
}

/** Normalizes a TS type to: string | number | boolean | list<X> | map | <InterfaceName>. */
function tsType(original, resolve = (n) => n) {
  const node = resolve(original);
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types
      .filter(
        (t) =>
          t.kind !== ts.SyntaxKind.NullKeyword &&
          !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword)
      )
      .map(resolve);
    if (parts.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) return "string";
    return parts.length === 1 ? tsType(parts[0], resolve) : "object";
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return "string";
  if (ts.isArrayTypeNode(node)) return `list<${tsType(node.elementType, resolve)}>`;
  if (ts.isTypeLiteralNode(node)) return "object";
  const text = node.getText();
  if (text === "string" || text === "number" || text === "boolean") return text;
  if (text.startsWith("Record<")) return "map";
  return text;
}

/** Apex inner class of AccordDto → Map(property → normalized type) and its line. */
function readApexDtos(file) {
  const source = fs.readFileSync(file, "utf8");
  const tree = ApexParserFactory.createParser(source).compilationUnit();
  const dtos = new Map();
  let depth = 0;
  class Collector extends ApexParserBaseListener {
    exitClassDeclaration() {
      depth--;
    }
    enterClassDeclaration(ctx) {
      depth++;
      if (depth !== 2) return; // DTOs are the inner classes of AccordDto
      const props = new Map();
      for (const decl of ctx.classBody().classBodyDeclaration_list()) {
        const member = decl.memberDeclaration && decl.memberDeclaration();
        const field = member && member.fieldDeclaration();
        if (!field) continue;
        const type = apexType(field.typeRef().getText());
        for (const variable of field.variableDeclarators().variableDeclarator_list()) {
          props.set(variable.id().getText(), { type, line: variable.start.line });
        }
      }
      dtos.set(ctx.id().getText(), { props, line: ctx.start.line });
    }
  }
  ApexParseTreeWalker.DEFAULT.walk(new Collector(), tree);
  return dtos;
}

function apexType(text) {
  const list = /^List<(.+)>$/i.exec(text);
  if (list) return `list<${apexType(list[1])}>`;
  if (/^Map</i.test(text)) return "map";
  const plain = text.replace(/^AccordDto\./, "");
  if (/^(String|Id|Date|Datetime)$/i.test(plain)) return "string";
  if (/^(Integer|Decimal|Long|Double)$/i.test(plain)) return "number";
  if (/^Boolean$/i.test(plain)) return "boolean";
  if (/^Object$/i.test(plain)) return "object";
  return plain;
}

function checkContract({ tsFiles = TS_FILES, apexFile = APEX_DTO } = {}) {
  if (!fs.existsSync(apexFile)) return [];
  const interfaces = readTsInterfaces(tsFiles);
  const findings = [];
  for (const [name, dto] of readApexDtos(apexFile)) {
    const expected = interfaces.get(name);
    if (!expected) {
      findings.push(
        finding(apexFile, dto.line, `AccordDto.${name} has no interface of that name in src/core/contract.ts or api.ts`)
      );
      continue;
    }
    for (const [prop, type] of expected) {
      const actual = dto.props.get(prop);
      if (!actual)
        findings.push(
          finding(apexFile, dto.line, `AccordDto.${name} lacks property '${prop}' (${type}) declared in TypeScript`)
        );
      else if (actual.type !== type && type !== "object") {
        findings.push(
          finding(
            apexFile,
            actual.line,
            `AccordDto.${name}.${prop} is ${actual.type} in Apex but ${type} in TypeScript`
          )
        );
      }
    }
    for (const [prop, actual] of dto.props) {
      if (!expected.has(prop))
        findings.push(finding(apexFile, actual.line, `AccordDto.${name}.${prop} is not in the TypeScript contract`));
    }
  }
  return findings;
}

module.exports = { checkContract };

if (require.main === module) runCheck("Apex DTOs match the TypeScript contract", () => checkContract());
