"use strict";
// Contract check: the Apex DTO classes (inner classes of AccordDto) have exactly the properties,
// with compatible types, of the TypeScript interfaces in src/core/contract.ts and api.ts; and the
// @AuraEnabled controller methods are exactly ApexContract's, with its parameter names and types.

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { ApexParserFactory, ApexParseTreeWalker, ApexParserBaseListener } = require("@apexdevtools/apex-parser");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { apexClassFiles } = require("./lib/files");

const TS_FILES = ["src/core/contract.ts", "src/core/api.ts", "src/core/values.ts"].map((f) => path.join(ROOT, f));
const APEX_CLASSES = path.join(ROOT, "force-app/main/default/classes");
const APEX_DTO = apexClassFiles(APEX_CLASSES).get("AccordDto") || path.join(APEX_CLASSES, "AccordDto.cls");

/** TypeScript interface name → Map(property → normalized type). */
function readTsInterfaces(files) {
  const interfaces = new Map();
  const sources = files.map((file) =>
    ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  );
  // Aliases such as `type Party = 'Company' | 'Customer'` are strings on the Apex side.
  const aliases = new Map();
  // Value sets (`export const PARTIES = [...] as const`, src/core/values.ts): `(typeof PARTIES)[number]` is a string.
  const valueSets = new Set();
  for (const source of sources) {
    for (const statement of source.statements) {
      if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer && ts.isAsExpression(d.initializer) ? d.initializer.expression : null;
        if (init && ts.isArrayLiteralExpression(init) && init.elements.every(ts.isStringLiteral))
          valueSets.add(d.name.getText());
      }
    }
  }
  const resolve = (node) => {
    if (ts.isIndexedAccessTypeNode(node)) {
      const object = ts.isParenthesizedTypeNode(node.objectType) ? node.objectType.type : node.objectType;
      if (ts.isTypeQueryNode(object) && valueSets.has(object.exprName.getText()))
        return { kind: ts.SyntaxKind.StringKeyword, getText: () => "string" };
    }
    const alias = ts.isTypeReferenceNode(node) && aliases.get(node.typeName.getText());
    return alias ? resolve(alias) : node;
  };
  // An interface's own properties and the interfaces it extends (`interface A extends B`: B's properties are A's).
  const declared = new Map();
  for (const source of sources) {
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      const props = new Map();
      for (const member of statement.members) {
        if (ts.isPropertySignature(member) && member.type)
          props.set(member.name.getText(), tsType(member.type, resolve));
      }
      const bases = (statement.heritageClauses || []).flatMap((clause) =>
        clause.types.map((type) => type.expression.getText())
      );
      declared.set(statement.name.text, { props, bases });
    }
  }
  const withBases = (name) => {
    const { props, bases } = declared.get(name);
    const inherited = bases.filter((base) => declared.has(base)).flatMap((base) => [...withBases(base)]);
    return new Map([...inherited, ...props]);
  };
  for (const name of declared.keys()) interfaces.set(name, withBases(name));
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

/** ApexContract entries: "Class.method" → { params: Map(name → type), result, line }. */
function readApexContract(files) {
  const methods = new Map();
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const contract = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === "ApexContract");
    if (!contract) continue;
    for (const member of contract.members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isTupleTypeNode(member.type)) continue;
      const [paramsNode, resultNode] = member.type.elements;
      const params = new Map();
      if (ts.isTypeLiteralNode(paramsNode)) {
        for (const param of paramsNode.members) params.set(param.name.getText(), tsType(param.type));
      }
      methods.set(member.name.text, { params, result: tsType(resultNode), file });
    }
  }
  return methods;
}

const isAuraEnabled = (decl) =>
  decl.modifier_list().some((m) => m.annotation() && /^AuraEnabled$/i.test(m.annotation().id().getText()));

/** @AuraEnabled methods of the Apex classes: "Class.method" → { params, result, file, line }. */
function readAuraMethods(folder) {
  const methods = new Map();
  for (const file of apexClassFiles(folder).values()) {
    const source = fs.readFileSync(file, "utf8");
    if (!/@AuraEnabled/i.test(source)) continue;
    const unit = ApexParserFactory.createParser(source).compilationUnit();
    const type = unit.typeDeclaration().classDeclaration();
    if (!type) continue;
    for (const decl of type.classBody().classBodyDeclaration_list()) {
      const method = decl.memberDeclaration && decl.memberDeclaration() && decl.memberDeclaration().methodDeclaration();
      if (!method || !isAuraEnabled(decl)) continue;
      const params = new Map();
      const list = method.formalParameters().formalParameterList();
      for (const param of list ? list.formalParameter_list() : []) {
        params.set(param.id().getText(), apexType(param.typeRef().getText()));
      }
      const result = method.typeRef() ? apexType(method.typeRef().getText()) : "void";
      methods.set(`${type.id().getText()}.${method.id().getText()}`, { params, result, file, line: method.start.line });
    }
  }
  return methods;
}

function compareMethod(name, expected, actual) {
  const findings = [];
  const at = (message) => findings.push(finding(actual.file, actual.line, `${name}: ${message}`));
  for (const [param, type] of expected.params) {
    const apex = actual.params.get(param);
    if (!apex) at(`lacks parameter '${param}' (${type}) of ApexContract`);
    else if (apex !== type) at(`parameter '${param}' is ${apex} in Apex but ${type} in ApexContract`);
  }
  for (const param of actual.params.keys()) {
    if (!expected.params.has(param)) at(`parameter '${param}' is not in ApexContract`);
  }
  if (actual.result !== expected.result) at(`returns ${actual.result} in Apex but ${expected.result} in ApexContract`);
  return findings;
}

function checkControllers({ tsFiles = TS_FILES, classesDir = APEX_CLASSES } = {}) {
  const contract = readApexContract(tsFiles);
  const aura = readAuraMethods(classesDir);
  const findings = [];
  for (const [name, expected] of contract) {
    const actual = aura.get(name);
    if (!actual)
      findings.push(finding(expected.file, 1, `ApexContract names ${name}, which is no @AuraEnabled method`));
    else findings.push(...compareMethod(name, expected, actual));
  }
  for (const [name, actual] of aura) {
    if (!contract.has(name))
      findings.push(finding(actual.file, actual.line, `@AuraEnabled ${name} is not in ApexContract`));
  }
  return findings;
}

module.exports = { checkContract, checkControllers };

if (require.main === module) {
  runCheck("Apex DTOs and controllers match the TypeScript contract", () => [
    ...checkContract(),
    ...checkControllers()
  ]);
}
