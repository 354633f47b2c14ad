"use strict";
// SOQL budget: a static call-graph walk over the Apex sources (apex-parser) that estimates, for
// every entry point, the worst-case number of SOQL queries and DML statements one transaction
// spends, and for every Apex test method the queries before and inside Test.startTest().
//
// Entry points: every @AuraEnabled and @InvocableMethod method, every trigger per DML event it
// handles (`AccordNeedTrigger.insert` = its before insert + after insert code), every start,
// execute and finish of a Database.Batchable class and every execute of a Schedulable or
// Queueable class (each is a transaction of its own).
//
// Counting, and the assumptions behind it (all of them over-estimate rather than under-estimate):
// - SOQL: each top-level query literal `[SELECT …]` is 1 (sub-queries count against a different
//   limit), as is each Database.query / queryWithBinds / countQuery / countQueryWithBinds /
//   getQueryLocator / getQueryLocatorWithBinds call (a literal passed to getQueryLocator is that
//   same query). A query on a custom metadata type counts only when it selects a Long Text Area
//   field (the platform does not count the others).
// - DML: each insert/update/upsert/delete/undelete/merge statement and Database.insert/update/
//   upsert/delete/undelete/merge call is 1, and so are Database.setSavepoint and Database.rollback.
// - Every DML statement on an object that has a trigger in the project also costs that trigger's
//   code for the event (before + after; upsert = insert + update; merge = update + delete),
//   counted ONCE per statement: we assume one chunk of up to 200 records (a trigger runs once per
//   chunk). The object of a DML is its static type; a `List<SObject>` is followed to what is added
//   to it and to the arguments callers pass; a DML whose object cannot be told is a finding.
// - Paths: statements in sequence add up; branches (if/else, switch, ?:, try/catch) take the
//   worst one; a `return` or `throw` ends its path. A loop body is counted ONCE (SOQL and DML in
//   loops are forbidden by PMD's OperationWithLimitsInLoop, so a loop does not multiply).
// - Calls are resolved statically: `Class.method(…)`, calls within the class (and its outer and
//   super classes), `new X(…)` (constructor and instance field initializers), `new X().m()` and
//   instance calls whose receiver type is known (locals, parameters, fields, return types).
//   Overloads are told apart by the number of arguments (the worst when several match). Calls to
//   platform classes count 0; property getters/setters and static initializers are not followed.
// - Constant arguments (a string literal, Trigger.operationType, an enum constant) are passed
//   into the callee, so `switch on operation` in a trigger handler takes only the matching branch.
// - Recursion is cut: a method (or trigger event) already on the call path counts 0 the second
//   time (the platform's recursion guards and the handlers' own flags stop it in the org too).
// - A query guarded by `if (staticField == null) { staticField = …; }` is a per-transaction
//   cache: it counts once per transaction, however many paths reach it.
// - Write scopes: a static counter or flag of a class that one of its static methods only reads
//   (`return depth > 0;`, `return active;`) is a scope. After `depth++` / `active = true` the rest
//   of that statement list (typically `try { DML } finally { depth--; }`) runs inside the scope,
//   and so does everything it calls and every trigger its DML fires: there a call to the reading
//   method is `true` (`!`, `&&`, `||` and `==` fold with it), so `if (X.isActive()) { return; }`
//   ends the path as it does in the org. Outside a scope the reading method is unknown (both
//   branches count).
// - Asynchronous work (Database.executeBatch, System.enqueueJob) runs in its own transaction: 0.
//
// Budgets live in checks/soql-budgets.json (entry point → {soql, dml?, reason}); an entry point
// without one gets DEFAULT_SOQL_BUDGET queries. Over budget fails, naming the costliest chain.
// Tests: each @IsTest method's queries before Test.startTest() (plus after Test.stopTest(), which
// shares those limits) and inside it; @TestSetup is not counted (it has its own limits), but the
// factory and helper calls the method makes are. More than TEST_QUERY_LIMIT on either side fails
// (30% headroom below the platform's 100), unless the budgets file lists the test with a reason.
// A @TestSetup method is measured as the transaction it is, against the platform's 100.

const fs = require("node:fs");
const path = require("node:path");
const { parseApexFile } = require("./lib/apex-parse");
const { XMLParser } = require("fast-xml-parser");
const { ROOT, finding, formatFinding } = require("./lib/findings");
const { listFiles } = require("./lib/files");

const DEFAULT_SOQL_BUDGET = 15;
const TEST_QUERY_LIMIT = 70;
const PLATFORM_QUERY_LIMIT = 100;
const BUDGETS_FILE = path.join(__dirname, "soql-budgets.json");

const DML_EVENTS = {
  insert: ["BEFORE_INSERT", "AFTER_INSERT"],
  update: ["BEFORE_UPDATE", "AFTER_UPDATE"],
  upsert: ["BEFORE_INSERT", "AFTER_INSERT", "BEFORE_UPDATE", "AFTER_UPDATE"],
  delete: ["BEFORE_DELETE", "AFTER_DELETE"],
  undelete: ["AFTER_UNDELETE"],
  merge: ["BEFORE_UPDATE", "AFTER_UPDATE", "BEFORE_DELETE", "AFTER_DELETE"]
};
const QUERY_CALLS = new Set([
  "query",
  "querywithbinds",
  "countquery",
  "countquerywithbinds",
  "getquerylocator",
  "getquerylocatorwithbinds"
]);
const DML_CALLS = new Set(["insert", "update", "upsert", "delete", "undelete", "merge"]);
const SAVEPOINT_CALLS = new Set(["setsavepoint", "rollback"]);
const GENERIC_SOBJECT = "sobject";
const NOT_SOBJECTS = new Set(
  [
    "string",
    "id",
    "integer",
    "long",
    "decimal",
    "double",
    "boolean",
    "date",
    "datetime",
    "time",
    "blob",
    "object",
    "void",
    "list",
    "set",
    "map"
  ].map((t) => t)
);

// ---------------------------------------------------------------------------------------------
// Parse tree helpers (children by rule name, so we rely on the grammar's rule names only)

const ruleName = (node) => (node && node.constructor ? node.constructor.name.replace(/Context$/, "") : "");
const kids = (node, name) => (node && node.children ? node.children.filter((c) => ruleName(c) === name) : []);
const kid = (node, name) => kids(node, name)[0];
const isRule = (node) => Boolean(node && node.children !== undefined && node.start);
const low = (s) => String(s).toLowerCase();
const text = (node) => (node ? node.getText() : "");

function descendants(node, name, stopAt = new Set()) {
  const out = [];
  const walk = (n) => {
    if (!n || !n.children) return;
    for (const c of n.children) {
      if (ruleName(c) === name) out.push(c);
      if (!stopAt.has(ruleName(c))) walk(c);
    }
  };
  walk(node);
  return out;
}

/** 'List<Customer_Need__c>' → 'Customer_Need__c'; 'Map<Id,X>' → 'X'; 'X[]' → 'X'; else itself. */
function elementType(type) {
  if (!type) return null;
  const t = type.replace(/\s+/g, "");
  if (t.endsWith("[]")) return t.slice(0, -2);
  const m = /^(List|Set|Map)<(.*)>$/i.exec(t);
  if (!m) return t;
  const args = splitTypeArgs(m[2]);
  return args[args.length - 1];
}

function splitTypeArgs(s) {
  const out = [];
  let depth = 0;
  let current = "";
  for (const ch of s) {
    if (ch === "<") depth++;
    if (ch === ">") depth--;
    if (ch === "," && depth === 0) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

const isGenericSObjectType = (type) => Boolean(type) && low(elementType(type)) === GENERIC_SOBJECT;

// ---------------------------------------------------------------------------------------------
// Cost: SOQL and DML counts, per-transaction cached parts, and the costliest chain for reports

class Cost {
  constructor(soql = 0, dml = 0) {
    this.soql = soql;
    this.dml = dml;
    this.once = new Map(); // cache key → Cost (counted once per transaction)
    this.heavy = null; // {label, soql, dml, next} – the costliest contribution, for reports
  }

  get totalSoql() {
    let n = this.soql;
    for (const c of this.once.values()) n += c.totalSoql;
    return n;
  }

  get totalDml() {
    let n = this.dml;
    for (const c of this.once.values()) n += c.totalDml;
    return n;
  }

  static heavier(a, b) {
    if (!a) return b;
    if (!b) return a;
    if (b.soql !== a.soql) return b.soql > a.soql ? b : a;
    return b.dml > a.dml ? b : a;
  }

  /** Sequence: this then other. */
  plus(other) {
    if (!other) return this;
    const sum = new Cost(this.soql + other.soql, this.dml + other.dml);
    sum.once = mergeOnce(this.once, other.once);
    sum.heavy = Cost.heavier(this.heavy, other.heavy);
    return sum;
  }

  /** Branches: the worst of both. */
  max(other) {
    if (!other) return this;
    const worst = new Cost(Math.max(this.soql, other.soql), Math.max(this.dml, other.dml));
    worst.once = mergeOnce(this.once, other.once);
    worst.heavy = Cost.heavier(this.heavy, other.heavy);
    return worst;
  }

  /** This cost reached through a call or a trigger: one step of the chain named label. */
  via(label) {
    const wrapped = new Cost(this.soql, this.dml);
    wrapped.once = new Map(this.once);
    if (this.totalSoql > 0 || this.totalDml > 0) {
      wrapped.heavy = { label, soql: this.totalSoql, dml: this.totalDml, next: this.heavy };
    }
    return wrapped;
  }
}

function mergeOnce(a, b) {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  const out = new Map(a);
  for (const [k, c] of b) out.set(k, out.has(k) ? out.get(k).max(c) : c);
  return out;
}

function chainOf(cost) {
  const steps = [];
  for (let h = cost.heavy; h; h = h.next) steps.push(`${h.label} (soql ${h.soql}, dml ${h.dml})`);
  return steps.join(" → ");
}

const seq = (costs) => costs.reduce((acc, c) => acc.plus(c), new Cost());

// Statement results: `fall` = cost of paths that continue after the statement, `exit` = cost of
// paths that leave the method inside it (return/throw); either may be null.
const falls = (cost) => ({ fall: cost, exit: null });
function joinBranches(results) {
  let fall = null;
  let exit = null;
  for (const r of results) {
    if (r.fall) fall = fall ? fall.max(r.fall) : r.fall;
    if (r.exit) exit = exit ? exit.max(r.exit) : r.exit;
  }
  return { fall, exit };
}
function prefix(cost, r) {
  return { fall: r.fall ? cost.plus(r.fall) : null, exit: r.exit ? cost.plus(r.exit) : null };
}
const worstOf = (r) => (r.fall && r.exit ? r.fall.max(r.exit) : r.fall || r.exit || new Cost());

// ---------------------------------------------------------------------------------------------
// The project model: classes, methods, fields, triggers

function parseApex(file, findings) {
  const { tree, errors } = parseApexFile(file);
  findings.push(...errors);
  return tree;
}

function annotationsOf(modifiers) {
  const names = new Set();
  for (const m of modifiers) {
    const a = kid(m, "Annotation");
    if (a) names.add(low(text(kid(a, "QualifiedName") || kid(a, "Id"))));
    else names.add(low(text(m)));
  }
  return names;
}

function paramsOf(formalParameters) {
  const list = kid(formalParameters, "FormalParameterList");
  return kids(list, "FormalParameter").map((p) => ({ name: text(kid(p, "Id")), type: text(kid(p, "TypeRef")) }));
}

let methodIds = 0;

function indexClass(ctx, file, outer, model) {
  const name = text(kid(ctx, "Id"));
  const cls = {
    name,
    fullName: outer ? `${outer.fullName}.${name}` : name,
    file,
    line: ctx.start.line,
    outer,
    inners: new Map(),
    methods: [],
    ctors: [],
    fields: new Map(),
    instanceInitializers: [],
    superName: null,
    interfaces: [],
    annotations: new Set()
  };
  const typeRefs = kids(ctx, "TypeRef");
  const typeList = kid(ctx, "TypeList");
  // `extends X` is a TypeRef child of the declaration; `implements A, B` a TypeList.
  if (typeRefs.length > 0) cls.superName = text(typeRefs[0]);
  if (typeList) cls.interfaces = kids(typeList, "TypeRef").map(text);
  model.classes.push(cls);
  for (const decl of kids(kid(ctx, "ClassBody"), "ClassBodyDeclaration")) {
    const modifiers = kids(decl, "Modifier");
    const annotations = annotationsOf(modifiers);
    const isStatic = annotations.has("static");
    const member = kid(decl, "MemberDeclaration");
    if (!member) continue;
    const inner = member.children[0];
    switch (ruleName(inner)) {
      case "MethodDeclaration": {
        const returnType = kid(inner, "TypeRef");
        cls.methods.push({
          id: ++methodIds,
          cls,
          name: text(kid(inner, "Id")),
          params: paramsOf(kid(inner, "FormalParameters")),
          returnType: returnType ? text(returnType) : "void",
          isStatic,
          annotations,
          body: kid(inner, "Block"),
          line: inner.start.line
        });
        break;
      }
      case "ConstructorDeclaration":
        cls.ctors.push({
          id: ++methodIds,
          cls,
          name: cls.name,
          params: paramsOf(kid(inner, "FormalParameters")),
          returnType: cls.fullName,
          isStatic: false,
          ctorOf: cls,
          annotations,
          body: kid(inner, "Block"),
          line: inner.start.line
        });
        break;
      case "FieldDeclaration": {
        const type = text(kid(inner, "TypeRef"));
        for (const d of kids(kid(inner, "VariableDeclarators"), "VariableDeclarator")) {
          cls.fields.set(low(text(kid(d, "Id"))), { type, isStatic });
          const init = d.children.find((c) => ruleName(c).endsWith("Expression"));
          if (init && !isStatic) cls.instanceInitializers.push(init);
        }
        break;
      }
      case "PropertyDeclaration":
        cls.fields.set(low(text(kid(inner, "Id"))), { type: text(kid(inner, "TypeRef")), isStatic });
        break;
      case "ClassDeclaration":
      case "InterfaceDeclaration":
      case "EnumDeclaration": {
        const innerCls =
          ruleName(inner) === "ClassDeclaration"
            ? indexClass(inner, file, cls, model)
            : {
                name: text(kid(inner, "Id")),
                fullName: `${cls.fullName}.${text(kid(inner, "Id"))}`,
                methods: [],
                ctors: [],
                fields: new Map(),
                inners: new Map(),
                outer: cls,
                instanceInitializers: [],
                interfaces: [],
                annotations: new Set()
              };
        cls.inners.set(low(innerCls.name), innerCls);
        break;
      }
      default:
        break;
    }
  }
  return cls;
}

function readLongTextFields(roots) {
  const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });
  const fields = new Set();
  for (const root of roots) {
    for (const file of listFiles(root, (f) => /__mdt[\\/]fields[\\/][^\\/]+\.field-meta\.xml$/.test(f))) {
      const field = xml.parse(fs.readFileSync(file, "utf8")).CustomField || {};
      if (field.type === "LongTextArea") {
        const objectName = path.basename(path.dirname(path.dirname(file)));
        fields.add(low(`${objectName}.${path.basename(file, ".field-meta.xml")}`));
      }
    }
  }
  return fields;
}

function buildModel(roots, findings) {
  const model = { classes: [], topLevel: new Map(), triggers: [], triggersByObject: new Map(), longText: null };
  const files = roots.flatMap((root) => listFiles(root, (f) => /\.(cls|trigger)$/.test(f)));
  for (const file of files) {
    const before = findings.length;
    const tree = parseApex(file, findings);
    if (findings.length > before) continue;
    if (file.endsWith(".trigger")) {
      const ids = kids(tree, "Id");
      const trigger = {
        name: text(ids[0]),
        object: text(ids[1]),
        file,
        line: tree.start.line,
        phases: new Set(
          kids(tree, "TriggerCase").map((c) =>
            text(c)
              .replace(/^(before|after)/i, "$1_")
              .toUpperCase()
          )
        ),
        statements: descendants(kid(tree, "TriggerBlock"), "Statement", new Set(["Statement"]))
      };
      model.triggers.push(trigger);
      const key = low(trigger.object);
      if (!model.triggersByObject.has(key)) model.triggersByObject.set(key, []);
      model.triggersByObject.get(key).push(trigger);
      continue;
    }
    for (const typeDecl of kids(tree, "TypeDeclaration")) {
      const decl = kid(typeDecl, "ClassDeclaration");
      if (!decl) continue;
      const cls = indexClass(decl, file, null, model);
      cls.annotations = annotationsOf(kids(typeDecl, "Modifier"));
      model.topLevel.set(low(cls.name), cls);
    }
  }
  model.longText = readLongTextFields(roots);
  model.scopeReaders = scopeReadersOf(model);
  return model;
}

/** Static methods that only read a static counter/flag of their class: method id → scope key. */
function scopeReadersOf(model) {
  const readers = new Map();
  for (const cls of model.classes) {
    for (const m of cls.methods) {
      if (!m.isStatic || m.params.length > 0 || !m.body) continue;
      const statements = kids(m.body, "Statement");
      if (statements.length !== 1) continue;
      const match = /^return(\w+)(>0|!=0|==true)?;$/i.exec(text(statements[0]));
      const field = match && cls.fields.get(low(match[1]));
      if (field && field.isStatic && /^(integer|boolean)$/i.test(field.type)) {
        readers.set(m.id, `${low(cls.fullName)}.${low(match[1])}`);
      }
    }
  }
  return readers;
}

// ---------------------------------------------------------------------------------------------
// The walk

class Walker {
  constructor(model) {
    this.model = model;
    this.stack = []; // keys of methods/trigger events on the current path
    this.memo = new Map();
    this.lowestCut = Infinity;
    this.findings = [];
    this.reportedDml = new Set();
    this.localsCache = new Map();
    this.visitedFiles = new Set();
  }

  // --- names and types ---

  findClass(name, from) {
    if (!name) return null;
    const segments = name.replace(/<.*$/, "").split(".").map(low);
    let start = null;
    for (let c = from; c && !start; c = c.outer) {
      if (low(c.name) === segments[0]) start = c;
      else if (c.inners.has(segments[0])) start = c.inners.get(segments[0]);
    }
    if (!start) start = this.model.topLevel.get(segments[0]) || null;
    for (const s of segments.slice(1)) start = start && start.inners.get(s);
    return start || null;
  }

  superOf(cls) {
    return cls && cls.superName ? this.findClass(cls.superName, cls.outer || cls) : null;
  }

  localsOf(method) {
    if (this.localsCache.has(method)) return this.localsCache.get(method);
    const locals = new Map();
    for (const p of method.params) locals.set(low(p.name), p.type);
    const scan = (root) => {
      for (const d of descendants(root, "LocalVariableDeclaration")) {
        const type = text(kid(d, "TypeRef"));
        for (const v of kids(kid(d, "VariableDeclarators"), "VariableDeclarator"))
          locals.set(low(text(kid(v, "Id"))), type);
      }
      for (const f of descendants(root, "EnhancedForControl"))
        locals.set(low(text(kid(f, "Id"))), text(kid(f, "TypeRef")));
      for (const c of descendants(root, "CatchClause"))
        locals.set(low(text(kid(c, "Id"))), text(kid(c, "QualifiedName")));
    };
    if (method.body) scan(method.body);
    if (method.statements) method.statements.forEach(scan);
    this.localsCache.set(method, locals);
    return locals;
  }

  fieldOf(cls, name) {
    for (let c = cls; c; c = this.superOf(c) || null) {
      if (c.fields && c.fields.has(low(name))) return c.fields.get(low(name));
    }
    for (let c = cls && cls.outer; c; c = c.outer) if (c.fields.has(low(name))) return c.fields.get(low(name));
    return null;
  }

  /** The static type of an expression, as written in the source, or null. */
  typeOf(expr, frame) {
    switch (ruleName(expr)) {
      case "PrimaryExpression":
        return this.typeOfPrimary(expr.children[0], frame);
      case "SubExpression":
        return this.typeOf(
          expr.children.find((c) => isRule(c)),
          frame
        );
      case "CastExpression":
        return text(kid(expr, "TypeRef"));
      case "NewExpression": {
        const created = kid(kid(expr, "Creator"), "CreatedName");
        return text(created);
      }
      case "ArrayExpression":
        return elementType(this.typeOf(expr.children[0], frame));
      case "MethodCallExpression": {
        const call = kid(expr, "MethodCall");
        const targets = this.resolveUnqualified(call, frame);
        return targets.length > 0 ? targets[0].returnType : null;
      }
      case "DotExpression": {
        const target = expr.children[0];
        const dotCall = kid(expr, "DotMethodCall");
        if (dotCall) {
          const name = low(text(kid(dotCall, "AnyId")));
          const resolved = this.resolveDotCall(target, dotCall, frame);
          if (resolved.methods.length > 0) return resolved.methods[0].returnType;
          const receiver = resolved.receiverType;
          if (receiver && /^(List|Set|Map)</i.test(receiver)) {
            if (name === "get" || name === "remove") return elementType(receiver);
            if (name === "values") return `List<${elementType(receiver)}>`;
            if (name === "clone" || name === "deepclone") return receiver;
          }
          return null;
        }
        const field = text(kid(expr, "AnyId"));
        const targetClass = this.classOfExpression(target, frame);
        const f = targetClass && this.fieldOf(targetClass, field);
        return f ? f.type : null;
      }
      default:
        return null;
    }
  }

  typeOfPrimary(primary, frame) {
    switch (ruleName(primary)) {
      case "ThisPrimary":
        return frame.cls ? frame.cls.fullName : null;
      case "SoqlPrimary": {
        const from = kid(kid(kid(primary, "SoqlLiteral"), "Query"), "FromNameList");
        return `List<${text(kid(from, "FieldName"))}>`;
      }
      case "IdPrimary": {
        const name = low(text(primary));
        const locals = frame.method ? this.localsOf(frame.method) : new Map();
        if (locals.has(name)) return locals.get(name);
        const f = this.fieldOf(frame.cls, name);
        return f ? f.type : null;
      }
      default:
        return null;
    }
  }

  /** The project class an expression's value belongs to (instance) or names (static), or null. */
  classOfExpression(expr, frame) {
    if (ruleName(expr) === "PrimaryExpression" && ruleName(expr.children[0]) === "IdPrimary") {
      const type = this.typeOf(expr, frame);
      if (type) return this.findClass(type, frame.cls);
      return this.findClass(text(expr), frame.cls);
    }
    if (ruleName(expr) === "DotExpression" && !kid(expr, "DotMethodCall")) {
      const named = this.findClass(text(expr), frame.cls);
      if (named && /^[\w.]+$/.test(text(expr))) return named;
    }
    const type = this.typeOf(expr, frame);
    return type ? this.findClass(type, frame.cls) : null;
  }

  // --- constants (trigger operations, string switches) ---

  constOf(expr, frame) {
    if (!expr) return undefined;
    const t = text(expr);
    if (low(t) === "trigger.operationtype") return frame.bindings.get("trigger.operationtype")?.value;
    let m = /^(?:System\.)?TriggerOperation\.(\w+)$/i.exec(t);
    if (m) return m[1].toUpperCase();
    if (ruleName(expr) === "PrimaryExpression") {
      const primary = expr.children[0];
      if (ruleName(primary) === "LiteralPrimary") {
        m = /^'(.*)'$/s.exec(t);
        return m ? m[1] : t;
      }
      if (ruleName(primary) === "IdPrimary") return frame.bindings.get(low(t))?.value;
    }
    if (ruleName(expr) === "EqualityExpression") {
      const [a, b] = expr.children.filter(isRule);
      const op = expr.children.find((c) => !isRule(c)).getText();
      const va = this.constOf(a, frame);
      const vb = this.constOf(b, frame);
      if (va === undefined || vb === undefined) return undefined;
      const same = op.startsWith("=") ? va === vb : va !== vb;
      return same ? "true" : "false";
    }
    if (ruleName(expr) === "SubExpression") return this.constOf(expr.children.find(isRule), frame);
    if (ruleName(expr) === "NegExpression" && /^!/.test(t)) {
      const v = this.constOf(expr.children.find(isRule), frame);
      return v === "true" ? "false" : v === "false" ? "true" : undefined;
    }
    if (ruleName(expr) === "LogAndExpression" || ruleName(expr) === "LogOrExpression") {
      const [va, vb] = expr.children.filter(isRule).map((x) => this.constOf(x, frame));
      const decisive = ruleName(expr) === "LogAndExpression" ? "false" : "true";
      if (va === decisive || vb === decisive) return decisive;
      return va !== undefined && vb !== undefined ? va : undefined;
    }
    return this.scopeReaderValue(expr, frame);
  }

  // --- SObject types of a DML target ---

  sobjectTypesOf(expr, frame, seen = new Set()) {
    if (!expr) return null;
    const key = `${frame.method ? frame.method.id : frame.key}:${text(expr)}`;
    if (seen.has(key)) return new Set();
    seen.add(key);
    const rule = ruleName(expr);
    if (rule === "SubExpression") return this.sobjectTypesOf(expr.children.find(isRule), frame, seen);
    if (rule === "CastExpression" && !isGenericSObjectType(text(kid(expr, "TypeRef")))) {
      return this.concrete(text(kid(expr, "TypeRef")), frame);
    }
    if (rule === "CastExpression")
      return this.sobjectTypesOf(
        expr.children.find((c) => ruleName(c).endsWith("Expression")),
        frame,
        seen
      );
    const t = low(text(expr));
    if (/^trigger\.(new|old|newmap|oldmap)/.test(t) && frame.trigger) return new Set([frame.trigger.object]);
    if (rule === "NewExpression") {
      const creator = kid(expr, "Creator");
      const created = text(kid(creator, "CreatedName"));
      if (!isGenericSObjectType(created)) return this.concrete(created, frame);
      // `new List<SObject>{ a, b }` holds its elements; `new List<SObject>(other)` what other holds.
      const elements = kid(creator, "SetCreatorRest") || kid(creator, "ArrayCreatorRest");
      const copied = kid(kid(kid(creator, "ClassCreatorRest"), "Arguments"), "ExpressionList");
      const sources = [elements, copied].flatMap((n) =>
        n ? n.children.filter((c) => ruleName(c).endsWith("Expression")) : []
      );
      return this.unionOf(sources, frame, seen);
    }
    const type = this.typeOf(expr, frame);
    if (type && !isGenericSObjectType(type)) return this.concrete(type, frame);
    if (rule === "PrimaryExpression" && ruleName(expr.children[0]) === "IdPrimary") {
      const bound = frame.bindings.get(t);
      if (bound && bound.types) return bound.types;
      if (frame.method && this.localsOf(frame.method).has(t)) return this.typesAddedTo(t, frame, seen);
    }
    if (rule === "DotExpression") {
      const dotCall = kid(expr, "DotMethodCall");
      const name = dotCall ? low(text(kid(dotCall, "AnyId"))) : "";
      if (["values", "clone", "deepclone", "get"].includes(name))
        return this.sobjectTypesOf(expr.children[0], frame, seen);
    }
    return null;
  }

  concrete(type, frame) {
    const element = elementType(type);
    if (!element || NOT_SOBJECTS.has(low(element)) || this.findClass(element, frame.cls)) return new Set();
    return new Set([element.replace(/^Schema\./i, "")]);
  }

  unionOf(exprs, frame, seen) {
    const out = new Set();
    for (const e of exprs) {
      const types = this.sobjectTypesOf(e, frame, seen);
      if (types === null) return null;
      types.forEach((x) => out.add(x));
    }
    return out;
  }

  /** What a generic local collection holds: its initializer, assignments and add/addAll/put calls. */
  typesAddedTo(name, frame, seen) {
    const root = frame.method.body || frame.method.statementsRoot;
    const sources = [];
    for (const d of descendants(root, "VariableDeclarator")) {
      if (low(text(kid(d, "Id"))) === name)
        sources.push(...d.children.filter((c) => ruleName(c).endsWith("Expression")));
    }
    for (const a of descendants(root, "AssignExpression")) {
      const [left, right] = a.children.filter(isRule);
      if (low(text(left)) === name) sources.push(right);
    }
    for (const d of descendants(root, "DotExpression")) {
      const call = kid(d, "DotMethodCall");
      if (!call || low(text(d.children[0])) !== name) continue;
      const method = low(text(kid(call, "AnyId")));
      const args = kid(call, "ExpressionList");
      const list = args ? args.children.filter(isRule) : [];
      if (["add", "addall", "put"].includes(method) && list.length > 0) sources.push(list[list.length - 1]);
    }
    if (sources.length === 0) return null;
    return this.unionOf(sources, frame, seen);
  }

  // --- calls ---

  pick(methods, name, arity, wantStatic) {
    return methods.filter(
      (m) =>
        low(m.name) === low(name) &&
        m.params.length === arity &&
        (wantStatic === undefined || m.isStatic === wantStatic || !wantStatic)
    );
  }

  methodsIn(cls, name, arity) {
    for (let c = cls; c; c = this.superOf(c)) {
      const found = this.pick(c.methods, name, arity);
      if (found.length > 0) return found;
    }
    return [];
  }

  resolveUnqualified(call, frame) {
    const name = text(kid(call, "Id"));
    if (!name || !frame.cls) return [];
    const args = kid(call, "ExpressionList");
    const arity = args ? args.children.filter(isRule).length : 0;
    for (let c = frame.cls; c; c = c.outer) {
      const found = this.methodsIn(c, name, arity);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** {methods, receiverType, special} for `target.name(args)`. */
  resolveDotCall(target, dotCall, frame) {
    const name = text(kid(dotCall, "AnyId"));
    const args = kid(dotCall, "ExpressionList");
    const arity = args ? args.children.filter(isRule).length : 0;
    const targetText = text(target);
    const isVariable =
      ruleName(target) === "PrimaryExpression" &&
      ruleName(target.children[0]) === "IdPrimary" &&
      ((frame.method && this.localsOf(frame.method).has(low(targetText))) || this.fieldOf(frame.cls, targetText));
    if (!isVariable && /^[\w.]+$/.test(targetText)) {
      const named = this.findClass(targetText, frame.cls);
      if (named) return { methods: this.methodsIn(named, name, arity), receiverType: named.fullName };
      const platform = low(targetText.replace(/^System\./i, ""));
      if (platform === "database" || platform === "test") return { methods: [], special: platform, receiverType: null };
    }
    const receiverType = this.typeOf(target, frame);
    const cls = receiverType && this.findClass(receiverType, frame.cls);
    if (ruleName(target) === "SuperPrimary" || low(targetText) === "super") {
      return { methods: this.methodsIn(this.superOf(frame.cls), name, arity), receiverType };
    }
    return { methods: cls ? this.methodsIn(cls, name, arity) : [], receiverType };
  }

  bindingsFor(method, argExprs, frame) {
    const bindings = new Map();
    method.params.forEach((p, i) => {
      const arg = argExprs[i];
      if (!arg) return;
      const value = this.constOf(arg, frame);
      const types = isGenericSObjectType(p.type) ? this.sobjectTypesOf(arg, frame) : null;
      if (value !== undefined || types) bindings.set(low(p.name), { value, types });
    });
    return bindings;
  }

  /** Overloads with the same arity: keep those whose parameter types fit the arguments' known types. */
  byArgumentTypes(methods, argExprs, frame) {
    if (methods.length < 2) return methods;
    const base = (t) => low(String(t).replace(/\s+/g, "").replace(/<.*$/, ""));
    const argTypes = argExprs.map((a) => this.typeOf(a, frame));
    const fitting = methods.filter((m) =>
      m.params.every((p, i) => !argTypes[i] || base(argTypes[i]) === base(p.type) || base(p.type) === "object")
    );
    return fitting.length > 0 ? fitting : methods;
  }

  callCost(candidates, argExprs, frame) {
    const methods = this.byArgumentTypes(candidates, argExprs, frame);
    let worst = null;
    for (const m of methods) {
      const c = this.methodCost(m, this.bindingsFor(m, argExprs, frame), frame.scopes || "");
      worst = worst ? worst.max(c) : c;
    }
    return worst || new Cost();
  }

  methodCost(method, bindings, scopes = "") {
    const signature = [...bindings.entries()]
      .map(([k, b]) => `${k}=${b.value ?? ""}/${b.types ? [...b.types].sort().join("+") : ""}`)
      .join(",");
    // Recursion is cut on the method and its bindings whatever the scopes; the memo keeps scopes apart.
    const pathKey = `m${method.id}|${signature}`;
    const key = `${pathKey}|${scopes}`;
    return this.cutAndMemoise(pathKey, key, method.cls.file, () => {
      const frame = { cls: method.cls, method, bindings, trigger: null, key, scopes };
      let cost = worstOf(this.block(method.body, frame));
      if (method.ctorOf) cost = seq(method.cls.instanceInitializers.map((e) => this.expr(e, frame))).plus(cost);
      return cost.via(`${method.cls.fullName}.${method.name}`);
    });
  }

  /**
   * The cost `compute` finds for `key`, memoised. A recursion back into `pathKey` (already on the stack) is cut and
   * costs nothing; a result computed under such a cut above it depends on the path, so it is not memoised.
   */
  cutAndMemoise(pathKey, key, file, compute) {
    if (this.memo.has(key)) return this.memo.get(key);
    const depth = this.stack.indexOf(pathKey);
    if (depth >= 0) {
      this.lowestCut = Math.min(this.lowestCut, depth);
      return new Cost();
    }
    const outerCut = this.lowestCut;
    this.lowestCut = Infinity;
    this.stack.push(pathKey);
    this.visitedFiles.add(file);
    const cost = compute();
    this.stack.pop();
    if (this.lowestCut >= this.stack.length) this.memo.set(key, cost);
    this.lowestCut = Math.min(outerCut, this.lowestCut);
    return cost;
  }

  /** The triggers a DML statement of `operation` on these objects fires, once per statement. */
  triggerCost(types, operation, scopes = "") {
    let total = new Cost();
    for (const type of [...types].sort()) {
      for (const trigger of this.model.triggersByObject.get(low(type)) || []) {
        const phases = DML_EVENTS[operation].filter((p) => trigger.phases.has(p));
        if (phases.length === 0) continue;
        const c = seq(phases.map((p) => this.triggerPhaseCost(trigger, p, scopes)));
        total = total.plus(c.via(`${operation} ${type} → ${trigger.name}`));
      }
    }
    return total;
  }

  triggerPhaseCost(trigger, phase, scopes = "") {
    const pathKey = `t:${trigger.name}:${phase}`;
    const key = `${pathKey}|${scopes}`;
    return this.cutAndMemoise(pathKey, key, trigger.file, () => {
      const frame = {
        cls: null,
        method: this.triggerMethod(trigger),
        bindings: new Map([["trigger.operationtype", { value: phase }]]),
        trigger,
        key,
        scopes
      };
      return worstOf(this.statements(trigger.statements, frame));
    });
  }

  triggerMethod(trigger) {
    if (!trigger.pseudo) {
      trigger.pseudo = { id: `trigger-${trigger.name}`, params: [], statements: trigger.statements, body: null };
      trigger.pseudo.statementsRoot = { children: trigger.statements };
    }
    return trigger.pseudo;
  }

  dmlCost(operation, targetExprs, frame, line) {
    let cost = new Cost(0, 1);
    cost.heavy = { label: `${operation} (line ${line})`, soql: 0, dml: 1, next: null };
    const parts =
      operation === "merge"
        ? [
            ["update", targetExprs[0]],
            ["delete", targetExprs[1]]
          ]
        : [[operation, targetExprs[0]]];
    for (const [op, target] of parts) {
      const types = this.sobjectTypesOf(target, frame);
      if (types === null) {
        const file = frame.method && frame.method.cls ? frame.method.cls.file : frame.trigger && frame.trigger.file;
        const id = `${file}:${line}`;
        if (!this.reportedDml.has(id)) {
          this.reportedDml.add(id);
          this.findings.push(
            finding(
              file,
              line,
              `cannot tell which object this ${op} writes ('${text(target)}'): give it a concrete SObject type`
            )
          );
        }
        continue;
      }
      cost = cost.plus(this.triggerCost(types, op, frame.scopes || ""));
    }
    return cost;
  }

  // --- statements ---

  block(block, frame) {
    if (!block) return falls(new Cost());
    return this.statements(kids(block, "Statement"), frame);
  }

  statements(list, frame) {
    let fall = new Cost();
    let exit = null;
    for (const s of list) {
      const change = this.scopeChange(s, frame);
      if (change) {
        const scopes = new Set((frame.scopes || "").split(",").filter(Boolean));
        if (change.enter) scopes.add(change.key);
        else scopes.delete(change.key);
        frame = { ...frame, scopes: [...scopes].sort().join(",") };
      }
      const r = this.statement(s, frame);
      if (r.exit) {
        const e = fall.plus(r.exit);
        exit = exit ? exit.max(e) : e;
      }
      if (!r.fall) return { fall: null, exit };
      fall = fall.plus(r.fall);
    }
    return { fall, exit };
  }

  statement(stmt, frame) {
    const s = ruleName(stmt) === "Statement" ? stmt.children[0] : stmt;
    const exprs = (node) =>
      seq(node.children.filter((c) => ruleName(c).endsWith("Expression")).map((e) => this.expr(e, frame)));
    switch (ruleName(s)) {
      case "Block":
        return this.block(s, frame);
      case "LocalVariableDeclarationStatement":
        return falls(
          seq(
            descendants(s, "VariableDeclarator").flatMap((d) =>
              d.children.filter((c) => ruleName(c).endsWith("Expression")).map((e) => this.expr(e, frame))
            )
          )
        );
      case "ExpressionStatement":
        return falls(exprs(s));
      case "IfStatement": {
        const cond = kid(s, "ParExpression");
        const condExpr = cond.children.find(isRule);
        const branches = kids(s, "Statement");
        const value = this.constOf(condExpr, frame);
        const condCost = this.expr(condExpr, frame);
        if (value === "true") return prefix(condCost, this.statement(branches[0], frame));
        if (value === "false")
          return prefix(condCost, branches[1] ? this.statement(branches[1], frame) : falls(new Cost()));
        const results = branches.map((b) => this.statement(b, frame));
        if (branches.length < 2) results.push(falls(new Cost()));
        const joined = joinBranches(results);
        const cached = this.cacheKey(condExpr, branches[0], frame);
        if (cached && joined.fall && !joined.exit) {
          const once = new Cost();
          once.once = new Map([[cached, joined.fall]]);
          once.heavy = joined.fall.heavy;
          return falls(condCost.plus(once));
        }
        return prefix(condCost, joined);
      }
      case "SwitchStatement": {
        const subject = s.children.find((c) => ruleName(c).endsWith("Expression"));
        const value = this.constOf(subject, frame);
        const whens = kids(s, "WhenControl");
        let chosen = whens;
        if (value !== undefined) {
          const match = whens.find((w) =>
            descendants(w, "WhenLiteral").some(
              (l) => text(l).replace(/^'(.*)'$/s, "$1") === value || low(text(l)) === low(value)
            )
          );
          const otherwise = whens.find((w) => low(text(kid(w, "WhenValue"))) === "else");
          chosen = match ? [match] : otherwise ? [otherwise] : [];
        }
        const results = chosen.map((w) => this.block(kid(w, "Block"), frame));
        if (!chosen.some((w) => low(text(kid(w, "WhenValue"))) === "else")) results.push(falls(new Cost()));
        return prefix(this.expr(subject, frame), joinBranches(results));
      }
      case "ForStatement": {
        const control = kid(s, "ForControl");
        const head = this.controlCost(control, frame);
        const body = this.statement(kid(s, "Statement"), frame);
        // The loop may run zero times or once (counted once): it falls through either way.
        return { fall: head.plus(body.fall || new Cost()).max(head), exit: body.exit ? head.plus(body.exit) : null };
      }
      case "WhileStatement": {
        const head = this.expr(kid(s, "ParExpression").children.find(isRule), frame);
        const body = this.statement(kid(s, "Statement"), frame);
        return { fall: head.plus(body.fall || new Cost()), exit: body.exit ? head.plus(body.exit) : null };
      }
      case "DoWhileStatement": {
        // `do Block while (…);`: the body runs once before the condition (a loop body is counted once).
        const body = this.block(kid(s, "Block"), frame);
        const head = this.expr(kid(s, "ParExpression").children.find(isRule), frame);
        return { fall: body.fall ? body.fall.plus(head) : null, exit: body.exit };
      }
      case "TryStatement": {
        const tried = this.block(kid(s, "Block"), frame);
        const all = worstOf(tried);
        const catches = kids(s, "CatchClause").map((c) => prefix(all, this.block(kid(c, "Block"), frame)));
        const finallyBlock = kid(s, "FinallyBlock");
        const fin = finallyBlock ? worstOf(this.block(kid(finallyBlock, "Block"), frame)) : new Cost();
        const joined = joinBranches([tried, ...catches]);
        return {
          fall: joined.fall ? joined.fall.plus(fin) : null,
          exit: joined.exit ? joined.exit.plus(fin) : null
        };
      }
      case "ReturnStatement":
      case "ThrowStatement":
        return { fall: null, exit: exprs(s) };
      case "InsertStatement":
      case "UpdateStatement":
      case "DeleteStatement":
      case "UndeleteStatement":
      case "UpsertStatement":
      case "MergeStatement": {
        const targets = s.children.filter((c) => ruleName(c).endsWith("Expression"));
        const operation = low(ruleName(s).replace(/Statement$/, ""));
        return falls(
          seq(targets.map((e) => this.expr(e, frame))).plus(this.dmlCost(operation, targets, frame, s.start.line))
        );
      }
      case "RunAsStatement": {
        const list = kid(s, "ExpressionList");
        const head = list ? seq(list.children.filter(isRule).map((e) => this.expr(e, frame))) : new Cost();
        return prefix(head, this.block(kid(s, "Block"), frame));
      }
      default:
        return falls(
          seq(
            s.children
              ? s.children.filter((c) => ruleName(c).endsWith("Expression")).map((e) => this.expr(e, frame))
              : []
          )
        );
    }
  }

  controlCost(control, frame) {
    const enhanced = kid(control, "EnhancedForControl");
    const parts = [];
    const collect = (node) => {
      for (const c of node.children || []) {
        if (ruleName(c).endsWith("Expression")) parts.push(c);
        else if (isRule(c)) collect(c);
      }
    };
    collect(enhanced || control);
    return seq(parts.map((e) => this.expr(e, frame)));
  }

  /** `depth++;` / `active = true;` (enter) or `depth--;` / `active = false;` (exit) of a scope, or null. */
  scopeChange(stmt, frame) {
    if (!frame.cls) return null;
    const m = /^(?:(\w+)(\+\+|--|\+=1|-=1|=true|=false)|(\+\+|--)(\w+));$/i.exec(text(stmt));
    if (!m) return null;
    const name = low(m[1] || m[4]);
    if (frame.method && this.localsOf(frame.method).has(name)) return null;
    for (let c = frame.cls; c; c = c.outer) {
      const field = c.fields.get(name);
      if (!field) continue;
      const key = `${low(c.fullName)}.${name}`;
      if (!field.isStatic || ![...this.model.scopeReaders.values()].includes(key)) return null;
      const op = low(m[2] || m[3]);
      return { key, enter: op === "++" || op === "+=1" || op === "=true" };
    }
    return null;
  }

  /** 'true' when expr calls a scope's reading method inside that scope, else undefined. */
  scopeReaderValue(expr, frame) {
    if (!frame.scopes) return undefined;
    let methods = [];
    if (ruleName(expr) === "MethodCallExpression") methods = this.resolveUnqualified(kid(expr, "MethodCall"), frame);
    else if (ruleName(expr) === "DotExpression" && kid(expr, "DotMethodCall"))
      methods = this.resolveDotCall(expr.children[0], kid(expr, "DotMethodCall"), frame).methods;
    const active = new Set(frame.scopes.split(","));
    return methods.length === 1 && active.has(this.model.scopeReaders.get(methods[0].id)) ? "true" : undefined;
  }

  /** `if (staticField == null) { staticField = …; }`: the key of a per-transaction cache, or null. */
  cacheKey(condExpr, thenStmt, frame) {
    if (!frame.cls || ruleName(condExpr) !== "EqualityExpression") return null;
    const m = /^(\w+)==null$/i.exec(text(condExpr));
    if (!m) return null;
    const field = frame.cls.fields.get(low(m[1]));
    if (!field || !field.isStatic || this.localsOf(frame.method).has(low(m[1]))) return null;
    const assigns = descendants(thenStmt, "AssignExpression").some((a) => low(text(a.children[0])) === low(m[1]));
    return assigns ? `${frame.cls.fullName}.${m[1]}` : null;
  }

  // --- expressions ---

  expr(e, frame) {
    if (!e || !e.children) return new Cost();
    switch (ruleName(e)) {
      case "PrimaryExpression": {
        const p = e.children[0];
        if (ruleName(p) === "SoqlPrimary") return this.soqlCost(kid(p, "SoqlLiteral"), frame);
        return new Cost();
      }
      case "CondExpression": {
        const [cond, a, b] = e.children.filter(isRule);
        return this.expr(cond, frame).plus(this.expr(a, frame).max(this.expr(b, frame)));
      }
      case "MethodCallExpression": {
        const call = kid(e, "MethodCall");
        const args = this.argsOf(call);
        const argCost = seq(args.map((a) => this.expr(a, frame)));
        const methods = this.resolveUnqualified(call, frame);
        return argCost.plus(this.callCost(methods, args, frame));
      }
      case "DotExpression": {
        const target = e.children[0];
        const dotCall = kid(e, "DotMethodCall");
        const targetCost = this.expr(target, frame);
        if (!dotCall) return targetCost;
        const args = this.argsOf(dotCall);
        const name = low(text(kid(dotCall, "AnyId")));
        const resolved = this.resolveDotCall(target, dotCall, frame);
        if (resolved.special === "database") return this.databaseCall(name, args, frame, e.start.line);
        const argCost = seq(args.map((a) => this.expr(a, frame)));
        return targetCost.plus(argCost).plus(this.callCost(resolved.methods, args, frame));
      }
      case "NewExpression": {
        const creator = kid(e, "Creator");
        const cls = this.findClass(text(kid(creator, "CreatedName")), frame.cls);
        const rest = kid(creator, "ClassCreatorRest");
        const args = rest ? this.argsOf(kid(rest, "Arguments")) : [];
        const inner = seq(
          (creator.children || [])
            .filter(isRule)
            .flatMap((c) => this.childExpressions(c))
            .map((x) => this.expr(x, frame))
        );
        if (!cls || !rest) return inner;
        const ctors = this.pick(cls.ctors, cls.name, args.length);
        if (ctors.length === 0) {
          if (cls.instanceInitializers.length === 0) return inner;
          const initFrame = {
            cls,
            method: { id: `init-${cls.fullName}`, params: [], body: null, statementsRoot: { children: [] } },
            bindings: new Map()
          };
          return inner.plus(
            seq(cls.instanceInitializers.map((x) => this.expr(x, initFrame))).via(`new ${cls.fullName}`)
          );
        }
        return inner.plus(this.callCost(ctors, args, frame));
      }
      default:
        return seq(this.childExpressions(e).map((x) => this.expr(x, frame)));
    }
  }

  /** Expressions directly below node (through non-expression wrappers such as Arguments). */
  childExpressions(node) {
    const out = [];
    for (const c of node.children || []) {
      if (!isRule(c)) continue;
      if (ruleName(c).endsWith("Expression") && ruleName(c) !== "ParExpression") out.push(c);
      else if (!["Block", "ClassBody"].includes(ruleName(c))) out.push(...this.childExpressions(c));
    }
    return out;
  }

  argsOf(call) {
    const list = call && (ruleName(call) === "Arguments" ? kid(call, "ExpressionList") : kid(call, "ExpressionList"));
    return list ? list.children.filter(isRule) : [];
  }

  soqlCost(literal, frame) {
    const query = kid(literal, "Query");
    const from = text(kid(kid(query, "FromNameList"), "FieldName"));
    let counts = true;
    if (/__mdt$/i.test(from)) {
      const selected = descendants(kid(query, "SelectList"), "FieldName").map((f) => low(`${from}.${text(f)}`));
      counts = selected.some((f) => this.model.longText.has(f));
    }
    const binds = descendants(literal, "BoundExpression").flatMap((b) => this.childExpressions(b));
    const cost = seq(binds.map((b) => this.expr(b, frame)));
    if (!counts) return cost;
    const own = new Cost(1, 0);
    const where =
      frame.method && frame.method.cls ? `${frame.method.cls.fullName}` : frame.trigger ? frame.trigger.name : "";
    own.heavy = { label: `SELECT … FROM ${from} (${where} line ${literal.start.line})`, soql: 1, dml: 0, next: null };
    return cost.plus(own);
  }

  databaseCall(name, args, frame, line) {
    if (QUERY_CALLS.has(name)) {
      const literalArg = (a) => ruleName(a) === "PrimaryExpression" && ruleName(a.children[0]) === "SoqlPrimary";
      const others = seq(args.filter((a) => !literalArg(a)).map((a) => this.expr(a, frame)));
      const binds = seq(
        args.filter(literalArg).flatMap((a) =>
          descendants(a, "BoundExpression")
            .flatMap((b) => this.childExpressions(b))
            .map((b) => this.expr(b, frame))
        )
      );
      const own = new Cost(1, 0);
      own.heavy = { label: `Database.${name} (line ${line})`, soql: 1, dml: 0, next: null };
      return others.plus(binds).plus(own);
    }
    const argCost = seq(args.map((a) => this.expr(a, frame)));
    if (DML_CALLS.has(name)) return argCost.plus(this.dmlCost(name, args, frame, line));
    if (SAVEPOINT_CALLS.has(name)) {
      const own = new Cost(0, 1);
      own.heavy = { label: `Database.${name} (line ${line})`, soql: 0, dml: 1, next: null };
      return argCost.plus(own);
    }
    return argCost;
  }

  // --- tests: before and inside Test.startTest() ---

  hasMarker(node) {
    return descendants(node, "DotExpression").some((d) => /^(System\.)?Test\.(start|stop)Test\(\)$/i.test(text(d)));
  }

  testPhases(method) {
    const frame = { cls: method.cls, method, bindings: new Map(), trigger: null, key: `test-${method.id}` };
    const state = { phase: "before", before: new Cost(), inside: new Cost() };
    const add = (cost) => {
      state[state.phase] = state[state.phase].plus(cost);
    };
    const walk = (statements) => {
      for (const stmt of statements) {
        const s = ruleName(stmt) === "Statement" ? stmt.children[0] : stmt;
        if (!this.hasMarker(s)) {
          add(worstOf(this.statement(s, frame)));
          continue;
        }
        const marker = /^(System\.)?Test\.(start|stop)Test\(\);$/i.exec(text(s));
        if (marker) {
          state.phase = low(marker[2]) === "start" ? "inside" : "before";
          continue;
        }
        switch (ruleName(s)) {
          case "Block":
            walk(kids(s, "Statement"));
            break;
          case "RunAsStatement": {
            const list = kid(s, "ExpressionList");
            if (list) add(seq(list.children.filter(isRule).map((e) => this.expr(e, frame))));
            walk(kids(kid(s, "Block"), "Statement"));
            break;
          }
          case "TryStatement": {
            walk(kids(kid(s, "Block"), "Statement"));
            let worstCatch = new Cost();
            for (const c of kids(s, "CatchClause"))
              worstCatch = worstCatch.max(worstOf(this.block(kid(c, "Block"), frame)));
            add(worstCatch);
            const fin = kid(s, "FinallyBlock");
            if (fin) walk(kids(kid(fin, "Block"), "Statement"));
            break;
          }
          default: {
            add(worstOf(this.statement(s, frame)));
            const all = descendants(s, "DotExpression").filter((d) =>
              /^(System\.)?Test\.(start|stop)Test\(\)$/i.test(text(d))
            );
            state.phase = /start/i.test(text(all[all.length - 1])) ? "inside" : "before";
          }
        }
      }
    };
    walk(kids(method.body, "Statement"));
    return { before: state.before, inside: state.inside };
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points, budgets, findings

function entryPoints(model) {
  const entries = [];
  for (const cls of model.classes) {
    const implementsAny = (names) => cls.interfaces.some((i) => names.some((n) => low(i).replace(/<.*$/, "") === n));
    const batch = implementsAny(["database.batchable"]);
    const jobs = implementsAny(["schedulable", "system.schedulable", "queueable", "system.queueable"]);
    for (const m of cls.methods) {
      const name = low(m.name);
      const entry =
        m.annotations.has("auraenabled") ||
        m.annotations.has("invocablemethod") ||
        (batch && ["start", "execute", "finish"].includes(name) && m.params.length >= 1 && !m.isStatic) ||
        (jobs && name === "execute" && m.params.length === 1 && !m.isStatic);
      if (entry) entries.push({ name: `${cls.fullName}.${m.name}`, method: m, file: cls.file, line: m.line });
    }
  }
  for (const trigger of model.triggers) {
    for (const [event, phases] of Object.entries(DML_EVENTS)) {
      if (event === "upsert" || event === "merge") continue;
      const handled = phases.filter((p) => trigger.phases.has(p));
      if (handled.length > 0)
        entries.push({
          name: `${trigger.name}.${event}`,
          trigger,
          phases: handled,
          file: trigger.file,
          line: trigger.line
        });
    }
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function testMethods(model) {
  const tests = [];
  for (const cls of model.classes) {
    for (const m of cls.methods) {
      const isTest = m.annotations.has("istest") || m.annotations.has("testmethod");
      if ((isTest || m.annotations.has("testsetup")) && m.body) tests.push(m);
    }
  }
  return tests;
}

function readBudgets(budgetsFile) {
  if (!budgetsFile || !fs.existsSync(budgetsFile)) return { entryPoints: {}, tests: {} };
  const parsed = JSON.parse(fs.readFileSync(budgetsFile, "utf8"));
  return { entryPoints: parsed.entryPoints || {}, tests: parsed.tests || {} };
}

/**
 * Measures every entry point and test method.
 * @param {{roots?: string[], budgetsFile?: string}} options source roots (default: force-app)
 * @returns {{entries: Array, tests: Array, findings: Array}}
 */
function measureSoqlBudget({ roots = [path.join(ROOT, "force-app")], budgetsFile = BUDGETS_FILE } = {}) {
  const findings = [];
  const model = buildModel(roots, findings);
  const walker = new Walker(model);
  const budgets = readBudgets(budgetsFile);
  const entries = [];
  for (const entry of entryPoints(model)) {
    const cost = entry.trigger
      ? seq(entry.phases.map((p) => walker.triggerPhaseCost(entry.trigger, p))).via(entry.name)
      : walker.methodCost(entry.method, new Map());
    const budget = budgets.entryPoints[entry.name] || {};
    const soqlBudget = budget.soql === undefined ? DEFAULT_SOQL_BUDGET : budget.soql;
    const measured = {
      ...entry,
      soql: cost.totalSoql,
      dml: cost.totalDml,
      budget: soqlBudget,
      dmlBudget: budget.dml,
      cost
    };
    entries.push(measured);
    if (measured.soql > soqlBudget) {
      findings.push(
        finding(
          entry.file,
          entry.line,
          `${entry.name} soql=${measured.soql} is over its budget of ${soqlBudget}; costliest path: ${chainOf(cost)}`
        )
      );
    }
    if (budget.dml !== undefined && measured.dml > budget.dml) {
      findings.push(
        finding(
          entry.file,
          entry.line,
          `${entry.name} dml=${measured.dml} is over its DML budget of ${budget.dml}; costliest path: ${chainOf(cost)}`
        )
      );
    }
  }
  const known = new Set(entries.map((e) => e.name));
  for (const name of Object.keys(budgets.entryPoints)) {
    if (!known.has(name)) findings.push(finding(budgetsFile, 1, `budget for '${name}', which is not an entry point`));
  }
  const productionFiles = new Set(walker.visitedFiles);
  const tests = [];
  const setups = [];
  for (const method of testMethods(model)) {
    const name = `${method.cls.fullName}.${method.name}`;
    if (method.annotations.has("testsetup")) {
      // Its own transaction: not counted in the test methods, held to the platform's own limit.
      const cost = worstOf(walker.block(method.body, { cls: method.cls, method, bindings: new Map(), key: name }));
      setups.push({ name, soql: cost.totalSoql });
      if (cost.totalSoql > PLATFORM_QUERY_LIMIT) {
        findings.push(
          finding(
            method.cls.file,
            method.line,
            `${name} (@TestSetup) makes about ${cost.totalSoql} queries, over the limit of ${PLATFORM_QUERY_LIMIT}; costliest: ${chainOf(cost)}`
          )
        );
      }
      continue;
    }
    const { before, inside } = walker.testPhases(method);
    const measured = {
      name,
      file: method.cls.file,
      line: method.line,
      before: before.totalSoql,
      inside: inside.totalSoql
    };
    tests.push(measured);
    const allowed = budgets.tests[name] || {};
    for (const [side, cost, where] of [
      ["before", before, "before Test.startTest()"],
      ["inside", inside, "inside Test.startTest()/Test.stopTest()"]
    ]) {
      const limit = allowed[side] === undefined ? TEST_QUERY_LIMIT : allowed[side];
      if (measured[side] > limit) {
        findings.push(
          finding(
            method.cls.file,
            method.line,
            `${name} makes about ${measured[side]} queries ${where}, over ${limit}${
              limit === TEST_QUERY_LIMIT ? " (30% headroom to 100)" : " (its exception in the budgets file)"
            }; costliest: ${chainOf(cost)}`
          )
        );
      }
    }
  }
  const testNames = new Set(tests.map((t) => t.name));
  for (const name of Object.keys(budgets.tests)) {
    if (!testNames.has(name))
      findings.push(finding(budgetsFile, 1, `test exception for '${name}', which is not an Apex test method`));
  }
  tests.sort((a, b) => Math.max(b.before, b.inside) - Math.max(a.before, a.inside) || (a.name < b.name ? -1 : 1));
  findings.push(...walker.findings);
  return { entries, tests, setups, findings, productionFiles };
}

function checkSoqlBudget(options) {
  return measureSoqlBudget(options).findings;
}

const entryLine = (e) => `${e.name} soql=${e.soql} dml=${e.dml} budget=${e.budget}`;
const testLine = (t) => `${t.name} before=${t.before} inside=${t.inside}`;

module.exports = { measureSoqlBudget, checkSoqlBudget, entryLine, testLine, DEFAULT_SOQL_BUDGET, TEST_QUERY_LIMIT };

if (require.main === module) {
  const shown = Number(process.env.SOQL_BUDGET_TESTS_SHOWN || 10);
  try {
    const { entries, tests, setups, findings } = measureSoqlBudget(
      process.argv[2] ? { roots: [path.resolve(process.argv[2])] } : {}
    );
    for (const e of entries) console.log(entryLine(e));
    console.log(`\nLargest Apex test estimates (queries before / inside Test.startTest(), limit ${TEST_QUERY_LIMIT}):`);
    for (const t of tests.slice(0, shown)) console.log(`  ${testLine(t)}`);
    if (setups.length > 0) console.log(`@TestSetup (own transaction, limit ${PLATFORM_QUERY_LIMIT}):`);
    for (const t of setups) console.log(`  ${t.name} soql=${t.soql}`);
    for (const f of findings) console.error(formatFinding(f));
    if (findings.length > 0) {
      console.error(`SOQL budget: ${findings.length} problem(s)`);
      process.exitCode = 1;
    } else {
      console.log(`SOQL budget: OK (${entries.length} entry points, ${tests.length} test methods)`);
    }
  } catch (error) {
    console.error(`SOQL budget: could not run: ${error.stack}`);
    process.exitCode = 2;
  }
}
