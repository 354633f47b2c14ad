"use strict";
// Test isolation check: an Apex test must pass in any org, whatever its language and its configuration.
//
// Rule 1 — no translatable names. In a test class (a file named *Test.cls or a class annotated @IsTest), no
// SOQL filters Profile by `Name` or PermissionSet / PermissionSetGroup by `Label` / `MasterLabel`, directly or
// through a relationship (`Profile.Name`, `PermissionSet.Label`). Standard profile names are translated into
// the org's language ("Standard User" is "Standardbenutzer" in a German org), so such a query finds nothing
// there. `PermissionSet.Name` is an API name and is fine. Find a profile by `UserType` and its permissions,
// or use the running user's.
//
// Rule 2 — configuration is injected, never read from the org. A non-test class that reads custom metadata
// (SOQL `FROM X__mdt`, or `X__mdt.getAll()` / `getInstance()`) must declare a `@TestVisible static` field:
// its configuration seam. Every @IsTest and @TestSetup method that can reach such a read must assign a seam
// of that reading class (`AccordConfigurationSelector.testConfiguration = …`) before the first statement that
// reaches it, directly or through a helper it calls (AccordTestConfiguration.install()). A test class that
// reads metadata itself does so on purpose (to compare with the org) and is not a reader here. Static variables do not survive from @TestSetup into the test methods, so
// each method sets the seam itself.
//
// How "can reach" is computed (static, parse-based with @apexdevtools/apex-parser, no regexes over Apex):
// - calls: `Class.method(…)`, `method(…)` in the same class, `variable.method(…)` where the variable's
//   declared type is a project class, `new Class(…)` (its constructors); overloads are merged by name;
// - asynchronous starts: `Database.executeBatch(x)` reaches x's start/execute/finish,
//   `System.enqueueJob(x)` and `System.schedule(name, cron, x)` reach x's execute, where x is `new Class(…)`
//   or a variable of that class;
// - DML (`insert`/`update`/`upsert`/`delete`/`undelete`/`merge`, `Database.insert(…)` …) reaches every
//   trigger on the record type, read from `new T(…)`, `new List<T>…`, a variable or field declared as T or a
//   collection of T, a SOQL literal, or a project method's return type. DML on a plain `SObject` is not
//   followed (its type is not in the code).
// - order is source order within a method: a seam assigned on an earlier line protects later lines, a
//   helper that assigns the seam protects what follows its call. Cycles are cut.
// Calls to platform classes reach nothing. Over-approximation is deliberate: a test that might read the
// org's configuration must not depend on it.

const path = require("node:path");
const { ApexParseTreeWalker, ApexParserBaseListener } = require("@apexdevtools/apex-parser");
const { parseApexFile } = require("./lib/apex-parse");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");

const lower = (s) => String(s).toLowerCase();
const kind = (ctx) => ctx.constructor.name.replace(/Context$/, "");

/** Translatable name fields per setup object (lower case), and the relationship names that lead to them. */
const TRANSLATABLE = new Map([
  [
    "profile",
    {
      field: "name",
      label: "Profile",
      hint: "find the profile by UserType and its permissions, or use the running user's profile"
    }
  ],
  ["permissionset", { field: "label", label: "PermissionSet", hint: "filter by the API name (Name)" }],
  [
    "permissionsetgroup",
    { field: "masterlabel", label: "PermissionSetGroup", hint: "filter by the API name (DeveloperName)" }
  ]
]);

const DML_METHODS = new Set(["insert", "update", "upsert", "delete", "undelete", "merge"]);

function children(ctx) {
  return ctx.children || [];
}

function annotationsOf(modifierContexts) {
  return modifierContexts
    .map((m) => m.annotation && m.annotation())
    .filter(Boolean)
    .map((a) => lower(a.id().getText()));
}

function modifierWords(modifierContexts) {
  return modifierContexts.map((m) => lower(m.getText()));
}

/** The element type a type text stands for: List<T>, Set<T>, T[] and Map<K, T> give T. */
function elementType(typeText) {
  if (!typeText) return null;
  let t = typeText.replace(/\s/g, "");
  for (;;) {
    const generic = /^(?:list|set|iterable)<(.+)>$/i.exec(t);
    const map = /^map<[^,<>]+(?:<[^<>]*>)?,(.+)>$/i.exec(t);
    if (generic) t = generic[1];
    else if (map) t = map[1];
    else if (t.endsWith("[]")) t = t.slice(0, -2);
    else return t;
  }
}

/** Project model: classes with their methods, fields and seams; triggers by object. */
class Project {
  constructor() {
    this.classes = new Map(); // lower name → class info (inner classes also under "outer.inner")
    this.triggers = new Map(); // lower object → [method info]
    this.files = [];
  }

  classOf(name) {
    return name ? this.classes.get(lower(name)) : undefined;
  }
}

function newMethod(owner, name, ctx, line, annotations, returnType) {
  return { owner, name, ctx, line, annotations, returnType, label: `${owner.name}.${name}` };
}

function indexClass(project, file, ctx, outer, modifiers) {
  const name = ctx.id().getText();
  const info = {
    name: outer ? `${outer.name}.${name}` : name,
    simpleName: name,
    file,
    outer,
    isTest:
      annotationsOf(modifiers).includes("istest") || (!outer && /Test\.cls$/.test(file)) || (outer && outer.isTest),
    methods: new Map(),
    fields: new Map(), // lower name → { type, seam }
    ctx
  };
  project.classes.set(lower(info.name), info);
  if (outer && !project.classes.has(lower(name))) project.classes.set(lower(name), info);
  for (const decl of ctx.classBody().classBodyDeclaration_list()) {
    const member = decl.memberDeclaration && decl.memberDeclaration();
    if (!member) continue;
    const mods = decl.modifier_list();
    const annotations = annotationsOf(mods);
    const words = modifierWords(mods);
    const method = member.methodDeclaration && member.methodDeclaration();
    const constructor = member.constructorDeclaration && member.constructorDeclaration();
    const field = member.fieldDeclaration && member.fieldDeclaration();
    const property = member.propertyDeclaration && member.propertyDeclaration();
    const inner = member.classDeclaration && member.classDeclaration();
    if (method) {
      const methodName = method.id().getText();
      const returnType = method.typeRef() ? method.typeRef().getText() : "void";
      const isTest = annotations.includes("istest") || words.includes("testmethod");
      const m = newMethod(
        info,
        methodName,
        method,
        method.start.line,
        { isTest, isSetup: annotations.includes("testsetup") },
        returnType
      );
      addMethod(info, m);
    } else if (constructor) {
      addMethod(info, newMethod(info, "<init>", constructor, constructor.start.line, {}, info.name));
    } else if (field || property) {
      const typeText = (field || property).typeRef().getText();
      const seam = annotations.includes("testvisible") && words.includes("static");
      const declarators = field
        ? field
            .variableDeclarators()
            .variableDeclarator_list()
            .map((v) => v.id().getText())
        : [property.id().getText()];
      for (const fieldName of declarators)
        info.fields.set(lower(fieldName), { name: fieldName, type: typeText, seam, line: decl.start.line });
    } else if (inner) {
      indexClass(project, file, inner, info, mods);
    }
  }
  return info;
}

function addMethod(info, method) {
  const key = lower(method.name);
  if (!info.methods.has(key)) info.methods.set(key, []);
  info.methods.get(key).push(method);
}

function indexTrigger(project, file, ctx) {
  const ids = ctx.id_list();
  const name = ids[0].getText();
  const object = ids[1].getText();
  const owner = { name, simpleName: name, file, methods: new Map(), fields: new Map(), isTest: false, isTrigger: true };
  const method = newMethod(owner, "trigger", ctx.triggerBlock(), ctx.start.line, {}, "void");
  method.label = `trigger ${name} on ${object}`;
  if (!project.triggers.has(lower(object))) project.triggers.set(lower(object), []);
  project.triggers.get(lower(object)).push(method);
}

function loadProject(projectDir) {
  const project = new Project();
  const root = path.join(projectDir, "force-app");
  const files = listFiles(root, (f) => /\.(cls|trigger)$/.test(f));
  const errors = [];
  for (const file of files) {
    const { tree, errors: syntax } = parseApexFile(file);
    if (syntax.length > 0) {
      errors.push(...syntax);
      continue;
    }
    project.files.push({ file, tree });
    if (file.endsWith(".trigger")) {
      indexTrigger(project, file, tree);
      continue;
    }
    for (const type of tree.typeDeclaration ? [tree.typeDeclaration()] : []) {
      const cls = type.classDeclaration && type.classDeclaration();
      if (cls) indexClass(project, file, cls, null, type.modifier_list());
    }
  }
  return { project, errors };
}

// ---------------------------------------------------------------------------------------------
// Rule 1: translatable names in test queries

function queriesIn(tree) {
  const queries = [];
  class Collector extends ApexParserBaseListener {
    enterQuery(ctx) {
      queries.push(ctx);
    }
    enterSubQuery(ctx) {
      queries.push(ctx);
    }
  }
  ApexParseTreeWalker.DEFAULT.walk(new Collector(), tree);
  return queries;
}

/** Field names used in a query's own WHERE clause (not those of nested queries). */
function whereFields(queryCtx) {
  const where = queryCtx.whereClause && queryCtx.whereClause();
  if (!where) return [];
  const names = [];
  const visit = (node) => {
    for (const child of children(node)) {
      const k = kind(child);
      if (k === "SubQuery" || k === "Query") continue;
      if (k === "FieldName") names.push(child);
      else visit(child);
    }
  };
  visit(where);
  return names;
}

function translatableNameFindings(file, tree) {
  const findings = [];
  for (const query of queriesIn(tree)) {
    const from = query.fromNameList();
    const objectName = lower(from.fieldName(0).getText());
    const alias = from.soqlId_list().length > 0 ? lower(from.soqlId(0).getText()) : null;
    for (const fieldCtx of whereFields(query)) {
      let segments = fieldCtx.soqlId_list().map((s) => lower(s.getText()));
      if (alias && segments.length > 1 && segments[0] === alias) segments = segments.slice(1);
      const last = segments[segments.length - 1];
      // The object the last segment belongs to: the FROM object, or the relationship before it.
      const owner = segments.length === 1 ? objectName : segments[segments.length - 2];
      const rule = TRANSLATABLE.get(owner);
      if (!rule || rule.field !== last) continue;
      findings.push(
        finding(
          file,
          fieldCtx.start.line,
          `test queries ${rule.label} by its translatable ${fieldCtx.getText()}: the value differs with the org's language; ${rule.hint}`
        )
      );
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Rule 2: configuration seams

/** Does this subtree read custom metadata? Returns [{line, object}]. */
function metadataReads(ctx) {
  const reads = [];
  const visit = (node) => {
    for (const child of children(node)) {
      const k = kind(child);
      if (k === "Query") {
        const object = child.fromNameList().fieldName(0).getText();
        if (/__mdt$/i.test(object)) reads.push({ line: child.start.line, object });
      } else if (k === "DotExpression") {
        const target = child.expression && child.expression();
        const call = child.dotMethodCall && child.dotMethodCall();
        const id = target && primaryId(target);
        if (call && id && /__mdt$/i.test(id) && /^get(All|Instance)$/i.test(call.anyId().getText())) {
          reads.push({ line: child.start.line, object: id });
        }
      }
      visit(child);
    }
  };
  visit(ctx);
  return reads;
}

/** The identifier of a plain `Name` primary expression, else null. */
function primaryId(expression) {
  if (kind(expression) !== "PrimaryExpression") return null;
  const primary = expression.primary();
  return kind(primary) === "IdPrimary" ? primary.id().getText() : null;
}

/** Declared types of the locals, parameters and loop variables of a method (lower name → type text). */
function localTypes(methodCtx) {
  const types = new Map();
  const visit = (node) => {
    for (const child of children(node)) {
      const k = kind(child);
      if (k === "LocalVariableDeclaration") {
        const type = child.typeRef().getText();
        for (const v of child.variableDeclarators().variableDeclarator_list()) types.set(lower(v.id().getText()), type);
      } else if (k === "FormalParameter") {
        types.set(lower(child.id().getText()), child.typeRef().getText());
      } else if (k === "EnhancedForControl") {
        types.set(lower(child.id().getText()), child.typeRef().getText());
      } else if (k === "CatchClause") {
        types.set(lower(child.id().getText()), child.qualifiedName().getText());
      }
      visit(child);
    }
  };
  visit(methodCtx);
  return types;
}

class Analysis {
  constructor(project) {
    this.project = project;
    this.memo = new Map();
    this.readers = new Map(); // class → reads
    this.seams = []; // { cls, field }
    for (const cls of new Set(project.classes.values())) {
      // A test class that reads metadata itself compares with the org on purpose; it needs no seam.
      if (cls.isTest) continue;
      const reads = [];
      for (const methods of cls.methods.values()) for (const m of methods) reads.push(...metadataReads(m.ctx));
      if (reads.length === 0) continue;
      this.readers.set(cls, reads);
      for (const field of cls.fields.values()) if (field.seam) this.seams.push({ cls, field });
    }
  }

  isSeam(cls, fieldName) {
    return this.seams.some((s) => s.cls === cls && lower(s.field.name) === lower(fieldName));
  }

  /** The project class a variable, field or class name in `method` stands for. */
  typeOfName(method, name) {
    const locals = this.localsOf(method);
    const local = locals.get(lower(name));
    if (local) return { variable: true, type: local };
    for (let owner = method.owner; owner && owner.fields; owner = owner.outer) {
      const field = owner.fields.get(lower(name));
      if (field) return { variable: true, type: field.type };
    }
    const cls = this.classFor(method.owner, name);
    return cls ? { variable: false, cls } : null;
  }

  classFor(owner, name) {
    if (!name) return undefined;
    for (let o = owner; o && o.fields; o = o.outer) {
      const inner = this.project.classOf(`${o.name}.${name}`);
      if (inner) return inner;
    }
    return this.project.classOf(name);
  }

  localsOf(method) {
    if (!method.locals) method.locals = localTypes(method.ctx);
    return method.locals;
  }

  /** The project class an expression evaluates to (for `x.m()` and async starts), else undefined. */
  classOfExpression(method, expression) {
    const k = kind(expression);
    if (k === "NewExpression") return this.classFor(method.owner, createdName(expression));
    const id = primaryId(expression);
    if (id) {
      if (lower(id) === "this") return method.owner;
      const named = this.typeOfName(method, id);
      if (!named) return undefined;
      return named.variable ? this.classFor(method.owner, named.type) : named.cls;
    }
    if (k === "PrimaryExpression" && kind(expression.primary()) === "ThisPrimary") return method.owner;
    return undefined;
  }

  /** The SObject type (lower case) records of an expression have, when the code states it. */
  recordTypeOf(method, expression) {
    const k = kind(expression);
    if (k === "NewExpression") return elementType(createdName(expression));
    if (k === "CastExpression") return elementType(expression.typeRef().getText());
    if (k === "SubExpression") return this.recordTypeOf(method, expression.expression());
    if (k === "PrimaryExpression" && kind(expression.primary()) === "SoqlPrimary") {
      return expression.primary().soqlLiteral().query().fromNameList().fieldName(0).getText();
    }
    const id = primaryId(expression);
    if (id) {
      const named = this.typeOfName(method, id);
      return named && named.variable ? elementType(named.type) : null;
    }
    const target = this.callTargets(method, expression);
    if (target.length > 0) return elementType(target[0].returnType);
    return null;
  }

  /** Project methods a call expression (`a.b(…)`, `b(…)`) resolves to. */
  callTargets(method, expression) {
    const k = kind(expression);
    if (k === "MethodCallExpression") {
      const call = expression.methodCall();
      const name = call.id() ? call.id().getText() : null;
      if (!name) return [];
      for (let owner = method.owner; owner && owner.methods; owner = owner.outer) {
        const found = owner.methods.get(lower(name));
        if (found) return found;
      }
      return [];
    }
    if (k === "DotExpression" && expression.dotMethodCall && expression.dotMethodCall()) {
      const target = expression.expression();
      const name = lower(expression.dotMethodCall().anyId().getText());
      let cls = this.classOfExpression(method, target);
      if (!cls && kind(target) === "DotExpression" && !target.dotMethodCall()) {
        cls = this.classFor(method.owner, target.getText()); // Outer.Inner.method()
      }
      return cls ? cls.methods.get(name) || [] : [];
    }
    return [];
  }

  /** The events of a method body in source order: reads, seam assignments, calls, DML. */
  eventsOf(method) {
    if (method.events) return method.events;
    const events = [];
    const add = (line, column, event) => events.push({ line, column, ...event });
    for (const read of metadataReads(method.ctx)) add(read.line, 0, { type: "read", object: read.object });
    const handle = (node) => {
      const k = kind(node);
      const at = node.start ? [node.start.line, node.start.column] : [0, 0];
      if (k === "AssignExpression") {
        const left = node.expression(0);
        if (kind(left) === "DotExpression" && !left.dotMethodCall()) {
          const cls = this.classFor(method.owner, left.expression().getText());
          const field = left.anyId().getText();
          if (cls && this.isSeam(cls, field)) add(...at, { type: "set", cls });
        }
        // The right side is evaluated before the assignment takes effect.
        handle(node.expression(1));
        handle(left);
        return;
      }
      if (k === "NewExpression") {
        visit(node);
        const cls = this.classFor(method.owner, createdName(node));
        if (cls) add(...at, { type: "call", targets: cls.methods.get("<init>") || [] });
        return;
      }
      if (k === "MethodCallExpression" || (k === "DotExpression" && node.dotMethodCall())) {
        visit(node); // the receiver and the arguments are evaluated before the call
        this.callEvents(method, node, at, add);
        return;
      }
      const dml = dmlStatement(node);
      if (dml) {
        visit(node);
        const object = this.recordTypeOf(method, dml);
        if (object) add(...at, { type: "dml", object, targets: this.project.triggers.get(lower(object)) || [] });
        return;
      }
      visit(node);
    };
    const visit = (node) => {
      for (const child of children(node)) handle(child);
    };
    visit(method.ctx);
    events.sort((a, b) => a.line - b.line || a.column - b.column);
    method.events = events;
    return events;
  }

  callEvents(method, expression, at, add) {
    const targets = this.callTargets(method, expression);
    if (targets.length > 0) add(...at, { type: "call", targets });
    if (kind(expression) !== "DotExpression") return;
    const receiver = expression.expression().getText().toLowerCase();
    const call = expression.dotMethodCall();
    const name = lower(call.anyId().getText());
    const args = call.expressionList() ? call.expressionList().expression_list() : [];
    const async = {
      "database.executebatch": [0, ["start", "execute", "finish"]],
      "system.enqueuejob": [0, ["execute"]],
      "system.schedule": [2, ["execute"]],
      "system.schedulebatch": [0, ["start", "execute", "finish"]]
    }[`${receiver}.${name}`];
    if (async && args[async[0]]) {
      const cls = this.classOfExpression(method, args[async[0]]);
      if (cls) add(...at, { type: "call", targets: async[1].flatMap((n) => cls.methods.get(n) || []) });
    }
    if (receiver === "database" && DML_METHODS.has(name) && args[0]) {
      const object = this.recordTypeOf(method, args[0]);
      if (object) add(...at, { type: "dml", object, targets: this.project.triggers.get(lower(object)) || [] });
    }
  }

  /**
   * What a method does with the configuration: `sets` (assigns a seam on some path) and `unprotected`
   * (reaches a metadata read before any seam is set: { line, chain }).
   */
  summary(method) {
    if (this.memo.has(method)) return this.memo.get(method);
    // sets: the reader classes whose seam this method assigns; unprotected: reader class → first reach.
    const result = { sets: new Set(), unprotected: new Map() };
    this.memo.set(method, result); // cut cycles
    const isProtected = new Set();
    for (const event of this.eventsOf(method)) {
      if (event.type === "set") {
        isProtected.add(event.cls);
        result.sets.add(event.cls);
      } else if (event.type === "read") {
        const reader = method.owner;
        if (reader.isTest) continue;
        if (!isProtected.has(reader) && !result.unprotected.has(reader)) {
          result.unprotected.set(reader, { line: event.line, chain: [`reads ${event.object}`] });
        }
      } else {
        const setsHere = new Set();
        for (const target of event.targets) {
          const inner = this.summary(target);
          for (const [reader, reach] of inner.unprotected) {
            if (isProtected.has(reader) || result.unprotected.has(reader)) continue;
            const steps = event.type === "dml" ? [`${event.object} DML`, target.label] : [target.label];
            result.unprotected.set(reader, { line: event.line, chain: [...steps, ...reach.chain] });
          }
          for (const cls of inner.sets) setsHere.add(cls);
        }
        for (const cls of setsHere) {
          isProtected.add(cls);
          result.sets.add(cls);
        }
      }
    }
    return result;
  }
}

function createdName(newExpression) {
  return newExpression.creator().createdName().getText();
}

/** The record expression of a DML statement node, else null. */
function dmlStatement(node) {
  const k = kind(node);
  if (["InsertStatement", "UpdateStatement", "DeleteStatement", "UndeleteStatement", "UpsertStatement"].includes(k)) {
    return node.expression(0) || node.expression();
  }
  if (k === "MergeStatement") return node.expression(0);
  return null;
}

function seamFindings(project) {
  const analysis = new Analysis(project);
  const findings = [];
  for (const [cls, reads] of analysis.readers) {
    if (![...cls.fields.values()].some((f) => f.seam)) {
      findings.push(
        finding(
          cls.file,
          reads[0].line,
          `${cls.name} reads custom metadata (${reads[0].object}) but has no @TestVisible static configuration seam for tests to set`
        )
      );
    }
  }
  const seamsOf = (reader) =>
    analysis.seams
      .filter((s) => s.cls === reader)
      .map((s) => `${s.cls.name}.${s.field.name}`)
      .join(" or ") || `a @TestVisible static seam of ${reader.name}`;
  for (const cls of new Set(project.classes.values())) {
    if (!cls.isTest) continue;
    for (const methods of cls.methods.values()) {
      for (const method of methods) {
        if (!method.annotations.isTest && !method.annotations.isSetup) continue;
        for (const [reader, reach] of analysis.summary(method).unprotected) {
          findings.push(
            finding(
              cls.file,
              reach.line,
              `${method.label} reaches the org's custom metadata (${reach.chain.join(" → ")}) before setting ${seamsOf(reader)}: inject the test configuration first`
            )
          );
        }
      }
    }
  }
  return findings;
}

/**
 * @param {string} projectDir folder holding force-app
 */
function checkTestIsolation(projectDir = ROOT) {
  const { project, errors } = loadProject(projectDir);
  if (errors.length > 0) return errors;
  const findings = [];
  for (const { file, tree } of project.files) {
    const classInfo = [...project.classes.values()].find((c) => c.file === file && !c.outer);
    if (classInfo && classInfo.isTest) findings.push(...translatableNameFindings(file, tree));
  }
  findings.push(...seamFindings(project));
  const seen = new Set();
  return findings
    .filter((f) => {
      const id = `${f.file}:${f.line}:${f.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
}

module.exports = { checkTestIsolation };

if (require.main === module) runCheck("Apex test isolation", () => checkTestIsolation(process.argv[2]));
