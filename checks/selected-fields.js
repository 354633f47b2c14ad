"use strict";
// Selected-fields check: every field that Apex reads from a record produced by a SOQL query was
// selected by that query. The org throws "SObject row was retrieved via SOQL without querying the
// requested field" at run time; apex-ls and the SOQL check cannot see it.
//
// How: every .cls/.trigger is parsed with @apexdevtools/apex-parser (like checks/soql.js). Each SOQL
// query is an origin with its FROM object and selected paths (`Raised_By__r.Name`; child sub-queries
// are origins of their own). A flow-insensitive, context-insensitive analysis follows the records to
// a fixed point: through local variables (block-scoped), for-each loops, lists/sets/maps of records
// (a collection and its elements are one value: `.values()`, `.get()`, indexing, `add`/`put`),
// returns of a method to its callers, arguments to parameters (static and instance methods, across
// classes, overloads told apart by arity and declared types), fields of Apex objects (per class), and
// a batch's start() into execute(). Declared types filter every flow (a Set<Id> never holds records),
// so what cannot be resolved is dropped: the check stays quiet rather than guess.
// A read `r.Field__c` / `r.Rel__r.Name` of a record from a query that neither selects the path nor
// is assigned it anywhere (`r.Field__c = …` counts as selected) is a finding naming both positions.
// `Id` is always returned. `r.get('X')` is not followed.

const path = require("node:path");
const fs = require("node:fs");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");
const { readCustomSchema, key } = require("./lib/schema");
const { ExpressionContext } = require("@apexdevtools/apex-parser");
const { parseApexFile } = require("./lib/apex-parse");

/** Whole-program passes before giving up: each pass carries values across any number of calls. */
const MAX_PASSES = 50;

const type = (node) => node.constructor.name.replace(/Context$/, "");
const kids = (ctx, name) => (ctx.children || []).filter((c) => type(c) === name);
const kid = (ctx, name) => kids(ctx, name)[0];
const isExpression = (node) => node instanceof ExpressionContext;
const COLLECTION_TYPES = new Set(["list", "set", "map"]);
const PASS_THROUGH = new Set(["get", "values", "remove", "clone", "deepclone", "iterator", "next"]);
const MUTATORS = new Set(["add", "addall", "put", "putall", "set"]);

/** Lower-case identifiers of a type's text: `Map<Id, List<Foo__c>>` → ["map", "id", "list", "foo__c"]. */
function typeWords(typeText) {
  if (!typeText) return null;
  const words = new Set();
  for (const word of typeText
    .toLowerCase()
    .split(/[^a-z0-9_.]+/)
    .filter(Boolean)) {
    words.add(word);
    words.add(word.split(".").pop());
  }
  return words;
}

/** Expressions directly under a node (not the expressions nested in them). */
function topExpressions(node) {
  const found = [];
  const walk = (n) => {
    for (const c of n.children || []) {
      if (isExpression(c)) found.push(c);
      else walk(c);
    }
  };
  walk(node);
  return found;
}

function argumentsOf(ctx) {
  // `x.m(a)` holds its ExpressionList directly, `new X(a)` and `m(a)` inside Arguments.
  const args = kid(ctx, "Arguments");
  const list = kid(args || ctx, "ExpressionList");
  return list ? list.children.filter(isExpression) : [];
}

class Program {
  constructor(schema, relativeTo) {
    this.schema = schema;
    this.relativeTo = relativeTo;
    this.classes = new Map(); // lower qualified name → class info
    this.queries = []; // origins
    this.queryOf = new Map(); // Query/SubQuery ctx → origin
    this.values = new Map(); // location → Set of tokens
    this.locationIds = new Map(); // declaration ctx → location
    this.displayNames = new Map(); // lower path → path as first written
    this.changed = false;
    this.reads = null; // collected on the reporting pass
  }

  // ---- model ---------------------------------------------------------------------------------

  addFile(file, tree) {
    if (type(tree) === "TriggerUnit") {
      const name = tree.children.find((c) => type(c) === "Id").getText();
      const cls = this.newClass(name, file, null, null);
      const block = kid(tree, "TriggerBlock");
      const statements = kids(block, "TriggerBlockMember").flatMap((m) => kids(m, "Statement"));
      cls.methods.push(this.newMethod(cls, "trigger", null, [], statements, true));
      return;
    }
    for (const declaration of kids(tree, "TypeDeclaration")) {
      const classCtx = kid(declaration, "ClassDeclaration");
      if (classCtx) this.addClass(classCtx, file, null);
    }
  }

  newClass(name, file, outer, classCtx) {
    const qualified = outer ? `${outer.name}.${name}` : name;
    const cls = { name: qualified, file, outer, fields: new Map(), methods: [], initializers: [], supers: [] };
    if (classCtx) {
      const extended = kid(classCtx, "TypeRef");
      if (extended) cls.supers.push(extended.getText());
      const implemented = kid(classCtx, "TypeList");
      if (implemented) cls.supers.push(...kids(implemented, "TypeRef").map((t) => t.getText()));
    }
    this.classes.set(key(qualified), cls);
    return cls;
  }

  addClass(classCtx, file, outer) {
    const cls = this.newClass(kid(classCtx, "Id").getText(), file, outer, classCtx);
    for (const member of kids(kid(classCtx, "ClassBody"), "ClassBodyDeclaration")) {
      const block = kid(member, "Block");
      if (block) cls.initializers.push(block);
      const declaration = kid(member, "MemberDeclaration");
      if (!declaration) continue;
      const [inner] = declaration.children;
      switch (type(inner)) {
        case "ClassDeclaration":
          this.addClass(inner, file, cls);
          break;
        case "MethodDeclaration": {
          const returnType = kid(inner, "TypeRef");
          cls.methods.push(
            this.newMethod(
              cls,
              kid(inner, "Id").getText(),
              returnType ? returnType.getText() : "void",
              this.paramsOf(inner),
              [kid(inner, "Block")].filter(Boolean),
              false
            )
          );
          break;
        }
        case "ConstructorDeclaration":
          cls.methods.push(this.newMethod(cls, "<init>", null, this.paramsOf(inner), [kid(inner, "Block")], false));
          break;
        case "FieldDeclaration": {
          const typeText = kid(inner, "TypeRef").getText();
          for (const variable of kids(kid(inner, "VariableDeclarators"), "VariableDeclarator")) {
            const name = kid(variable, "Id").getText();
            cls.fields.set(key(name), { location: `field:${key(cls.name)}#${key(name)}`, typeText });
            const init = variable.children.find(isExpression);
            if (init) cls.initializers.push({ field: key(name), init });
          }
          break;
        }
        case "PropertyDeclaration": {
          const name = kid(inner, "Id").getText();
          cls.fields.set(key(name), {
            location: `field:${key(cls.name)}#${key(name)}`,
            typeText: kid(inner, "TypeRef").getText()
          });
          for (const block of kids(inner, "PropertyBlock")) {
            const accessor = kid(block, "Getter") || kid(block, "Setter");
            const body = accessor && kid(accessor, "Block");
            if (body) cls.initializers.push(body);
          }
          break;
        }
        default:
          break;
      }
    }
    return cls;
  }

  paramsOf(ctx) {
    const list = kid(kid(ctx, "FormalParameters"), "FormalParameterList");
    return (list ? kids(list, "FormalParameter") : []).map((p) => ({
      name: key(kid(p, "Id").getText()),
      typeText: kid(p, "TypeRef").getText()
    }));
  }

  newMethod(cls, name, returnType, params, bodies, isTrigger) {
    const id = `${key(cls.name)}.${key(name)}/${params.length}:${cls.methods.length}`;
    return {
      cls,
      name,
      isTrigger,
      returnType,
      returnLocation: `return:${id}`,
      params: params.map((p) => ({ ...p, location: `param:${id}#${p.name}` })),
      bodies
    };
  }

  // ---- values ----------------------------------------------------------------------------------

  get(location) {
    return this.values.get(location) || new Set();
  }

  /** Adds tokens to a location, keeping only those its declared type can hold. */
  add(location, tokens, typeText) {
    if (tokens.size === 0) return;
    const words = typeWords(typeText);
    let set = this.values.get(location);
    if (!set) this.values.set(location, (set = new Set()));
    for (const token of tokens) {
      if (set.has(token) || !this.fits(token, words)) continue;
      set.add(token);
      this.changed = true;
    }
  }

  fits(token, words) {
    if (!words || words.has("object")) return true;
    if (token.startsWith("o:")) {
      const cls = this.classes.get(token.slice(2));
      return [cls.name, ...cls.supers].some((n) => words.has(key(n)) || words.has(key(n).split(".").pop()));
    }
    const origin = this.queries[Number(token.slice(2).split("|")[0])];
    return words.has("sobject") || words.has(key(origin.object));
  }

  recordToken(origin, prefix) {
    return `r:${origin.id}|${prefix}`;
  }

  // ---- queries ---------------------------------------------------------------------------------

  originOf(queryCtx, env, parent) {
    if (this.queryOf.has(queryCtx)) return this.queryOf.get(queryCtx);
    const from = kid(queryCtx, "FromNameList");
    const fromName = from.children.find((c) => type(c) === "FieldName").getText();
    const aliasCtx = kid(from, "SoqlId");
    const alias = aliasCtx ? key(aliasCtx.getText()) : null;
    let object = fromName;
    if (parent) {
      const parentObject = parent.object && this.schema.get(key(parent.object));
      object = parentObject ? parentObject.children.get(key(fromName)) : null;
    }
    const origin = {
      id: this.queries.length,
      file: env.cls.file,
      line: queryCtx.start.line,
      where: `${env.cls.name}.${env.method.name}`,
      object,
      fields: new Set(),
      all: false,
      children: new Map(),
      written: new Set()
    };
    this.queries.push(origin);
    this.queryOf.set(queryCtx, origin);
    const list = kid(queryCtx, "SelectList") || kid(queryCtx, "SubFieldList");
    for (const entry of [...kids(list, "SelectEntry"), ...kids(list, "SubFieldEntry")]) {
      const sub = kid(entry, "SubQuery");
      if (sub) {
        const child = this.originOf(sub, env, origin);
        if (child.object) origin.children.set(key(kid(kid(sub, "FromNameList"), "FieldName").getText()), child);
        continue;
      }
      if (kid(entry, "TypeOf") || /^fields\(/i.test(entry.getText())) origin.all = true;
      const names = type(entry.children[0]) === "FieldName" ? [entry.children[0]] : this.fieldNamesIn(entry);
      for (const name of names) {
        let segments = kids(name, "SoqlId").map((s) => s.getText());
        if (alias && segments.length > 1 && key(segments[0]) === alias) segments = segments.slice(1);
        this.remember(segments);
        origin.fields.add(key(segments.join(".")));
      }
    }
    return origin;
  }

  fieldNamesIn(node) {
    if (type(node) === "FieldName") return [node];
    return (node.children || []).flatMap((c) => (c.children ? this.fieldNamesIn(c) : []));
  }

  remember(segments) {
    for (let i = 1; i <= segments.length; i++) {
      const written = segments.slice(0, i).join(".");
      if (!this.displayNames.has(key(written))) this.displayNames.set(key(written), written);
    }
  }

  // ---- name resolution -------------------------------------------------------------------------

  resolveClass(name, from) {
    const lower = key(name);
    for (let c = from; c; c = c.outer) {
      if (this.classes.has(`${key(c.name)}.${lower}`)) return this.classes.get(`${key(c.name)}.${lower}`);
    }
    return this.classes.get(lower) || null;
  }

  superOf(cls) {
    const extended = cls.supers[0];
    return extended ? this.resolveClass(extended.replace(/<.*$/, ""), cls.outer || cls) : null;
  }

  /** Field of a class, searched in the class and its superclasses. */
  fieldOf(cls, name) {
    for (let c = cls, depth = 0; c && depth < 10; c = this.superOf(c), depth++) {
      if (c.fields.has(name)) return c.fields.get(name);
    }
    return null;
  }

  methodsOf(cls, name, arity, outward) {
    const found = [];
    for (let c = cls; c; c = outward ? c.outer : null) {
      for (let s = c, depth = 0; s && depth < 10; s = this.superOf(s), depth++) {
        found.push(...s.methods.filter((m) => key(m.name) === name && m.params.length === arity));
      }
      if (found.length > 0) break;
    }
    return found;
  }

  lookup(env, name) {
    for (let i = env.scopes.length - 1; i >= 0; i--) {
      if (env.scopes[i].has(name)) return env.scopes[i].get(name);
    }
    for (let c = env.cls; c; c = c.outer) {
      const field = this.fieldOf(c, name);
      if (field) return field;
    }
    return null;
  }

  /** The class an expression names (`AccordX`, `Outer.Inner`), when it is not a variable. */
  classNamed(ctx, env) {
    const text = ctx.getText();
    if (!/^[A-Za-z_][\w.]*$/.test(text)) return null;
    if (this.lookup(env, key(text.split(".")[0]))) return null;
    return this.resolveClass(text, env.cls);
  }

  declare(env, ctx, name, typeText) {
    if (!this.locationIds.has(ctx)) this.locationIds.set(ctx, `local:${this.locationIds.size}`);
    const entry = { location: this.locationIds.get(ctx), typeText };
    env.scopes[env.scopes.length - 1].set(key(name), entry);
    return entry;
  }

  // ---- evaluation ------------------------------------------------------------------------------

  pass() {
    for (const cls of this.classes.values()) {
      const classEnv = { cls, method: { name: "<init>" }, scopes: [new Map()] };
      for (const item of cls.initializers) {
        if (item.field) {
          const field = cls.fields.get(item.field);
          this.add(field.location, this.eval(item.init, classEnv), field.typeText);
        } else {
          this.visit(item, classEnv);
        }
      }
      for (const method of cls.methods) {
        const scope = new Map(method.params.map((p) => [p.name, p]));
        const env = { cls, method, scopes: [scope] };
        for (const body of method.bodies) this.visit(body, env);
      }
      // A batch's start() feeds its execute(context, scope).
      const start = cls.methods.find((m) => key(m.name) === "start" && m.params.length === 1);
      const execute = cls.methods.find((m) => key(m.name) === "execute" && m.params.length === 2);
      if (start && execute)
        this.add(execute.params[1].location, this.get(start.returnLocation), execute.params[1].typeText);
    }
  }

  visit(node, env) {
    if (!node.children) return;
    if (isExpression(node)) {
      this.eval(node, env);
      return;
    }
    switch (type(node)) {
      case "Block":
      case "ForStatement":
      case "CatchClause": {
        env.scopes.push(new Map());
        if (type(node) === "CatchClause") this.declare(env, node, kid(node, "Id").getText(), null);
        node.children.forEach((c) => this.visit(c, env));
        env.scopes.pop();
        return;
      }
      case "EnhancedForControl": {
        const typeText = kid(node, "TypeRef").getText();
        const source = this.eval(node.children.find(isExpression), env);
        const variable = this.declare(env, node, kid(node, "Id").getText(), typeText);
        this.add(variable.location, source, typeText);
        return;
      }
      case "LocalVariableDeclaration": {
        const typeText = kid(node, "TypeRef").getText();
        for (const declarator of kids(kid(node, "VariableDeclarators"), "VariableDeclarator")) {
          const init = declarator.children.find(isExpression);
          const value = init ? this.eval(init, env) : new Set();
          const variable = this.declare(env, declarator, kid(declarator, "Id").getText(), typeText);
          this.add(variable.location, value, typeText);
        }
        return;
      }
      case "ReturnStatement": {
        const expression = node.children.find(isExpression);
        if (!expression) return;
        const value = this.eval(expression, env);
        const returnType = /querylocator/i.test(env.method.returnType || "") ? null : env.method.returnType;
        if (env.method.returnLocation) this.add(env.method.returnLocation, value, returnType);
        return;
      }
      default:
        node.children.forEach((c) => this.visit(c, env));
    }
  }

  /** @returns {Set<string>} the tokens an expression may evaluate to */
  eval(ctx, env) {
    const empty = new Set();
    const parts = ctx.children || [];
    switch (type(ctx)) {
      case "PrimaryExpression":
        return this.evalPrimary(parts[0], env);
      case "DotExpression": {
        const [left, , right] = parts;
        if (type(right) === "DotMethodCall") return this.call(left, right, env);
        return this.readField(left, right.getText(), ctx, env);
      }
      case "MethodCallExpression": {
        const call = parts[0];
        const args = argumentsOf(call).map((a) => this.eval(a, env));
        const name = key(call.children[0].getText());
        const methods =
          name === "this" || name === "super"
            ? this.methodsOf(name === "this" ? env.cls : this.superOf(env.cls), "<init>", args.length, false)
            : this.methodsOf(env.cls, name, args.length, true);
        return this.invoke(methods, args);
      }
      case "NewExpression":
        return this.create(kid(ctx, "Creator"), env);
      case "AssignExpression": {
        const [left, operator, right] = parts;
        const value = this.eval(right, env);
        // `r.Count__c += 1` reads the field first: only a plain `=` makes a field available.
        if (operator.getText() === "=") this.assign(left, value, env);
        else this.eval(left, env);
        return value;
      }
      case "CastExpression": {
        const value = this.eval(parts.find(isExpression), env);
        const words = typeWords(kid(ctx, "TypeRef").getText());
        return new Set([...value].filter((t) => this.fits(t, words)));
      }
      case "CondExpression": {
        const [condition, whenTrue, whenFalse] = parts.filter(isExpression);
        this.eval(condition, env);
        return new Set([...this.eval(whenTrue, env), ...this.eval(whenFalse, env)]);
      }
      case "CoalExpression": {
        const [first, second] = parts.filter(isExpression);
        return new Set([...this.eval(first, env), ...this.eval(second, env)]);
      }
      case "SubExpression":
        return this.eval(parts.find(isExpression), env);
      case "ArrayExpression": {
        const [array, index] = parts.filter(isExpression);
        this.eval(index, env);
        return this.eval(array, env);
      }
      default:
        for (const child of parts) this.visit(child, env);
        return empty;
    }
  }

  evalPrimary(primary, env) {
    switch (type(primary)) {
      case "ThisPrimary":
      case "SuperPrimary":
        return new Set([`o:${key(env.cls.name)}`]);
      case "IdPrimary": {
        const variable = this.lookup(env, key(primary.getText()));
        return variable ? this.get(variable.location) : new Set();
      }
      case "SoqlPrimary": {
        const queryCtx = kid(kid(primary, "SoqlLiteral"), "Query");
        const origin = this.originOf(queryCtx, env, null);
        this.visit(queryCtx, env); // bound expressions (`:record.Field__c`) are reads too
        return origin.object ? new Set([this.recordToken(origin, "")]) : new Set();
      }
      default:
        this.visit(primary, env);
        return new Set();
    }
  }

  readField(left, name, ctx, env) {
    const lower = key(name);
    const cls = this.classNamed(left, env);
    if (cls) {
      const field = this.fieldOf(cls, lower);
      return field ? this.get(field.location) : new Set();
    }
    const result = new Set();
    const parent = ctx.parentCtx;
    const followed =
      parent && type(parent) === "DotExpression" && parent.children[0] === ctx && type(parent.children[2]) === "AnyId";
    const isTarget =
      parent &&
      type(parent) === "AssignExpression" &&
      parent.children[0] === ctx &&
      parent.children[1].getText() === "=";
    for (const token of this.eval(left, env)) {
      if (token.startsWith("o:")) {
        const field = this.fieldOf(this.classes.get(token.slice(2)), lower);
        if (field) this.get(field.location).forEach((t) => result.add(t));
        continue;
      }
      const [id, prefix] = token.slice(2).split("|");
      const origin = this.queries[Number(id)];
      const fieldPath = prefix ? `${prefix}.${lower}` : lower;
      if (!prefix && origin.children.has(lower)) {
        result.add(this.recordToken(origin.children.get(lower), ""));
      } else if (lower.endsWith("__r") || followed) {
        result.add(this.recordToken(origin, fieldPath));
        if (!this.displayNames.has(fieldPath)) this.displayNames.set(fieldPath, this.display(prefix, name));
      } else if (this.reads && !isTarget) {
        this.reads.push({
          origin,
          fieldPath,
          shown: this.display(prefix, name),
          file: env.cls.file,
          line: ctx.stop.line
        });
      }
    }
    return result;
  }

  display(prefix, name) {
    return prefix ? `${this.displayNames.get(prefix) || prefix}.${name}` : name;
  }

  assign(left, value, env) {
    switch (type(left)) {
      case "PrimaryExpression": {
        const primary = left.children[0];
        if (type(primary) !== "IdPrimary") return;
        const variable = this.lookup(env, key(primary.getText()));
        if (variable) this.add(variable.location, value, variable.typeText);
        return;
      }
      case "DotExpression": {
        const [target, , right] = left.children;
        if (type(right) === "DotMethodCall") {
          // `map.get(k).add(x)` and the like: the collection and its elements are one value.
          if (PASS_THROUGH.has(key(kid(right, "AnyId").getText()))) this.assign(target, value, env);
          return;
        }
        const name = key(right.getText());
        const cls = this.classNamed(target, env);
        if (cls) {
          const field = this.fieldOf(cls, name);
          if (field) this.add(field.location, value, field.typeText);
          return;
        }
        for (const token of this.eval(target, env)) {
          if (token.startsWith("o:")) {
            const field = this.fieldOf(this.classes.get(token.slice(2)), name);
            if (field) this.add(field.location, value, field.typeText);
          } else {
            const [id, prefix] = token.slice(2).split("|");
            const origin = this.queries[Number(id)];
            const fieldPath = prefix ? `${prefix}.${name}` : name;
            if (!origin.written.has(fieldPath)) {
              origin.written.add(fieldPath);
              this.changed = true;
            }
          }
        }
        return;
      }
      case "ArrayExpression": {
        const [array, index] = left.children.filter(isExpression);
        this.eval(index, env);
        this.assign(array, value, env);
        return;
      }
      case "SubExpression":
        this.assign(left.children.find(isExpression), value, env);
        return;
      default:
        this.eval(left, env);
    }
  }

  call(receiver, dotCall, env) {
    const name = key(kid(dotCall, "AnyId").getText());
    const args = argumentsOf(dotCall).map((a) => this.eval(a, env));
    const cls = this.classNamed(receiver, env);
    if (cls) return this.invoke(this.methodsOf(cls, name, args.length, false), args);
    if (key(receiver.getText()) === "database") {
      return name === "getquerylocator" && args.length > 0 ? args[0] : new Set();
    }
    const target = this.eval(receiver, env);
    const result = new Set();
    for (const token of target) {
      const methods = token.startsWith("o:")
        ? this.methodsOf(this.classes.get(token.slice(2)), name, args.length, false)
        : [];
      if (methods.length > 0) this.invoke(methods, args).forEach((t) => result.add(t));
      // A collection and its elements are one value: `list.get(0)`, `map.values()`.
      else if (PASS_THROUGH.has(name)) result.add(token);
    }
    if (MUTATORS.has(name) && args.length > 0) this.assign(receiver, args[args.length - 1], env);
    return result;
  }

  invoke(methods, args) {
    const result = new Set();
    for (const method of methods) {
      method.params.forEach((p, i) => this.add(p.location, args[i], p.typeText));
      this.get(method.returnLocation).forEach((t) => result.add(t));
    }
    return result;
  }

  create(creator, env) {
    const createdName = kid(creator, "CreatedName");
    const pairs = kids(createdName, "IdCreatedNamePair");
    const name = pairs.map((p) => kid(p, "AnyId").getText()).join(".");
    const rest = creator.children[1];
    const cls = this.resolveClass(name, env.cls);
    const result = new Set();
    if (cls && type(rest) === "ClassCreatorRest") {
      const args = argumentsOf(rest).map((a) => this.eval(a, env));
      this.invoke(this.methodsOf(cls, "<init>", args.length, false), args);
      result.add(`o:${key(cls.name)}`);
      return result;
    }
    if (cls) {
      result.add(`o:${key(cls.name)}`);
      return result;
    }
    const isCollection = COLLECTION_TYPES.has(key(name));
    for (const expression of topExpressions(rest || creator)) {
      if (!isCollection && type(expression) === "AssignExpression") {
        // `new Account(Name = x)`: only the value is an expression of this method.
        this.eval(expression.children[2], env);
        continue;
      }
      const value = this.eval(expression, env);
      if (isCollection) value.forEach((t) => result.add(t));
    }
    return result;
  }

  // ---- result ----------------------------------------------------------------------------------

  run() {
    let passes = 0;
    do {
      this.changed = false;
      this.pass();
      if (++passes > MAX_PASSES) throw new Error(`no fixed point after ${MAX_PASSES} passes`);
    } while (this.changed);
    this.reads = [];
    this.pass();
    const findings = new Map();
    for (const read of this.reads) {
      const { origin, fieldPath } = read;
      const last = fieldPath.split(".").pop();
      if (last === "id" || origin.all || origin.fields.has(fieldPath) || origin.written.has(fieldPath)) continue;
      const where = `${path.relative(this.relativeTo, origin.file)}:${origin.line}`;
      const message = `reads ${origin.object}.${read.shown}, which the query at ${where} (${origin.where}) does not select`;
      findings.set(`${read.file}:${read.line}:${message}`, finding(read.file, read.line, message));
    }
    return [...findings.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }
}

/**
 * @param {{roots?: string[], relativeTo?: string}} options source folders to read (.cls, .trigger,
 *   objects/) and the folder the query positions in messages are relative to
 */
function checkSelectedFields({
  roots = ["force-app", "config/starter"].map((d) => path.join(ROOT, d)),
  relativeTo = ROOT
} = {}) {
  const existing = roots.filter(fs.existsSync);
  const files = existing.flatMap((root) => listFiles(root, (f) => /\.(cls|trigger)$/.test(f)));
  const program = new Program(readCustomSchema(existing), relativeTo);
  const errors = [];
  for (const file of files) {
    const { tree, errors: syntax } = parseApexFile(file);
    errors.push(...syntax);
    if (syntax.length === 0) program.addFile(file, tree);
  }
  if (errors.length > 0) return errors;
  return program.run();
}

module.exports = { checkSelectedFields };

if (require.main === module) {
  runCheck("Every field read from a queried record was selected by its query", () => checkSelectedFields());
}
