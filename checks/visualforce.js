"use strict";
// Visualforce merge-field check. A page is compiled when it is deployed, and Visualforce reads only
// properties with a getter (`{ get; }`) or `getX()` methods: a plain Apex field fails the whole deploy
// ("Unknown property 'AccordDto.PlanDto.customerGoals'"). This check parses every .page/.component
// under force-app (sax, a real XML parser), takes each {!…} expression (attributes, text, style and
// comments alike, since Visualforce compiles them all), parses it, and resolves every path through the
// controller and extension classes with @apexdevtools/apex-parser: each segment must be a readable
// property or getter method, types are followed into inner classes and list elements (apex:repeat
// var=…), and $Label, $Resource and $Page names must exist in the project.

const fs = require("node:fs");
const path = require("node:path");
const sax = require("sax");
const { XMLParser } = require("fast-xml-parser");
const { parseApexFile } = require("./lib/apex-parse");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");

const key = (name) => String(name).toLowerCase();

// ---------------------------------------------------------------------------------------------
// Expressions: the Visualforce formula language (paths, literals, operators, function calls).

const FUNCTIONS = new Set(
  (
    "ABS ADDMONTHS AND BEGINS BLANKVALUE BR CASE CASESAFEID CEILING CONTAINS CURRENCYRATE DATE DATETIMEVALUE " +
    "DATEVALUE DAY DISTANCE EXP FIND FLOOR GEOLOCATION GETRECORDIDS GETSESSIONID HOUR HTMLENCODE HYPERLINK " +
    "IF IMAGE INCLUDE INCLUDES ISBLANK ISCHANGED ISNEW ISNULL ISNUMBER ISPICKVAL JSENCODE JSINHTMLENCODE LEFT " +
    "LEN LINKTO LN LOG LOWER LPAD MAX MID MILLISECOND MIN MINUTE MOD MONTH NOT NOW NULLVALUE OR " +
    "REGEX REQUIRESCRIPT RIGHT ROUND RPAD SECOND SQRT SUBSTITUTE TEXT TIMENOW TIMEVALUE TODAY TRIM " +
    "UPPER URLENCODE URLFOR VALUE WEEKDAY YEAR"
  ).split(" ")
);
const GLOBALS = new Set(
  (
    "$action $api $cache $component $componentlabel $contentasset $currentpage $label $messagechannel " +
    "$network $objecttype $organization $page $permission $profile $resource $scontrol $setup $site " +
    "$system $user $userrole"
  ).split(" ")
);

function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
      if (j >= text.length) throw new Error(`unterminated string ${text.slice(i)}`);
      tokens.push({ type: "string", text: text.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(text.slice(i));
    if (number) {
      tokens.push({ type: "number", text: number[0] });
      i += number[0].length;
      continue;
    }
    const ident = /^\$?[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (ident) {
      tokens.push({ type: "ident", text: ident[0] });
      i += ident[0].length;
      continue;
    }
    const op = /^(&&|\|\||==|!=|<>|<=|>=|[-+*/^&<>=!.,()[\]])/.exec(text.slice(i));
    if (!op) throw new Error(`unexpected '${c}'`);
    tokens.push({ type: "op", text: op[0] });
    i += op[0].length;
  }
  return tokens;
}

const BINARY = new Set(["&&", "||", "==", "!=", "<>", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "^", "&"]);
const UNARY = new Set(["!", "-", "+"]);

/** Parses one expression into { type: 'literal'|'path'|'call'|'other', … } nodes. */
function parseExpression(text) {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (op) => peek() && peek().type === "op" && peek().text === op;
  const expect = (op) => {
    if (!isOp(op)) throw new Error(`expected '${op}'${peek() ? ` before '${peek().text}'` : " at the end"}`);
    at++;
  };
  function expression() {
    const operands = [unary()];
    while (peek() && peek().type === "op" && BINARY.has(peek().text)) {
      at++;
      operands.push(unary());
    }
    return operands.length === 1 ? operands[0] : { type: "other", children: operands };
  }
  function unary() {
    if (peek() && peek().type === "op" && UNARY.has(peek().text)) {
      at++;
      return { type: "other", children: [unary()] };
    }
    return postfix(primary());
  }
  function postfix(node) {
    for (;;) {
      if (isOp(".")) {
        at++;
        const name = tokens[at++];
        if (!name || name.type !== "ident") throw new Error("expected a name after '.'");
        if (node.type === "path") node.segments.push({ name: name.text });
        else node = { type: "other", children: [node] };
      } else if (isOp("[")) {
        at++;
        const index = expression();
        expect("]");
        if (node.type === "path") node.segments.push({ index });
        else node = { type: "other", children: [node, index] };
      } else {
        return node;
      }
    }
  }
  function primary() {
    const token = tokens[at++];
    if (!token) throw new Error("unexpected end of expression");
    if (token.type === "number" || token.type === "string") return { type: "literal" };
    if (token.type === "ident") {
      if (isOp("(")) {
        at++;
        const args = [];
        if (!isOp(")")) {
          args.push(expression());
          while (isOp(",")) {
            at++;
            args.push(expression());
          }
        }
        expect(")");
        return { type: "call", name: token.text, children: args };
      }
      if (["true", "false", "null"].includes(key(token.text))) return { type: "literal" };
      return { type: "path", root: token.text, segments: [] };
    }
    if (token.text === "(") {
      const inner = expression();
      expect(")");
      return inner;
    }
    throw new Error(`unexpected '${token.text}'`);
  }
  const tree = expression();
  if (at < tokens.length) throw new Error(`unexpected '${tokens[at].text}'`);
  return tree;
}

/** The {!…} expressions in a (decoded) text, in order: { body, index } or { error, index }. */
function mergeFields(value) {
  const found = [];
  let from = 0;
  for (;;) {
    const start = value.indexOf("{!", from);
    if (start < 0) return found;
    let quote = null;
    let end = -1;
    for (let i = start + 2; i < value.length; i++) {
      const c = value[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === "}") {
        end = i;
        break;
      }
    }
    if (end < 0) {
      found.push({ error: "a {! without its closing }", index: found.length, text: value.slice(start) });
      return found;
    }
    found.push({ body: value.slice(start + 2, end), index: found.length, text: value.slice(start, end + 1) });
    from = end + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Apex classes: what Visualforce can read from each (properties with a getter, getX() methods).

const PRIMITIVES = new Map(
  ["String", "Integer", "Long", "Decimal", "Double", "Boolean", "Date", "Datetime", "Time", "Id", "Blob", "Object"].map(
    (name) => [key(name), name]
  )
);

const modifiersOf = (ctx) => ctx.modifier_list().map((m) => key(m.getText()));
const isVisible = (mods) => mods.includes("public") || mods.includes("global");

function parseClassFile(file, problems) {
  const { tree: unit, errors } = parseApexFile(file);
  if (errors.length > 0) {
    problems.push(...errors);
    return null;
  }
  const declaration = unit.typeDeclaration();
  const classCtx = declaration && declaration.classDeclaration();
  if (!classCtx) return { kind: "other", name: path.basename(file, ".cls") };
  return buildClass(classCtx, file, null);
}

function buildClass(classCtx, file, outer) {
  const info = {
    kind: "class",
    name: classCtx.id().getText(),
    file,
    outer,
    superRef: classCtx.EXTENDS() ? classCtx.typeRef() : null,
    inner: new Map(),
    members: new Map(),
    methods: new Map()
  };
  info.qualifiedName = outer ? `${outer.qualifiedName}.${info.name}` : info.name;
  for (const declaration of classCtx.classBody().classBodyDeclaration_list()) {
    const member = declaration.memberDeclaration();
    if (!member) continue;
    const visible = isVisible(modifiersOf(declaration));
    const property = member.propertyDeclaration();
    const field = member.fieldDeclaration();
    const method = member.methodDeclaration();
    const innerClass = member.classDeclaration();
    const otherType = member.enumDeclaration() || member.interfaceDeclaration();
    if (property) {
      const accessor = (which) => property.propertyBlock_list().find((b) => b[which]());
      const open = (block) => block && !modifiersOf(block).some((m) => m === "private" || m === "protected");
      info.members.set(key(property.id().getText()), {
        kind: "property",
        name: property.id().getText(),
        typeRef: property.typeRef(),
        visible,
        readable: visible && open(accessor("getter")),
        writable: visible && open(accessor("setter"))
      });
    } else if (field) {
      for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
        const name = declarator.id().getText();
        info.members.set(key(name), { kind: "field", name, typeRef: field.typeRef(), visible });
      }
    } else if (method) {
      const list = method.formalParameters().formalParameterList();
      const entry = {
        name: method.id().getText(),
        typeRef: method.typeRef(),
        parameters: list ? list.formalParameter_list().length : 0,
        visible
      };
      const name = key(entry.name);
      info.methods.set(name, [...(info.methods.get(name) || []), entry]);
    } else if (innerClass) {
      const built = buildClass(innerClass, file, info);
      info.inner.set(key(built.name), built);
    } else if (otherType) {
      const name = otherType.id().getText();
      info.inner.set(key(name), { kind: "other", name, qualifiedName: `${info.qualifiedName}.${name}` });
    }
  }
  return info;
}

/** Resolves class names to parsed classes, reading each .cls under the source folder once, when needed. */
function createClassIndex(sourceDir, problems) {
  const files = new Map(
    listFiles(sourceDir, (f) => f.endsWith(".cls")).map((file) => [key(path.basename(file, ".cls")), file])
  );
  const parsed = new Map();
  const topLevel = (name) => {
    const k = key(name);
    if (!parsed.has(k)) parsed.set(k, files.has(k) ? parseClassFile(files.get(k), problems) : null);
    return parsed.get(k);
  };

  /** A type named in Apex source, seen from the class `context`. */
  function namedType(qualified, context) {
    let names = qualified.split(".");
    if (names.length > 1 && key(names[0]) === "system") names = names.slice(1);
    if (names.length === 1 && PRIMITIVES.has(key(names[0]))) {
      return { kind: "primitive", name: PRIMITIVES.get(key(names[0])) };
    }
    let found = null;
    for (let scope = context; scope && !found && names.length === 1; scope = scope.outer) {
      if (key(scope.name) === key(names[0])) found = scope;
      else found = scope.inner.get(key(names[0])) || null;
    }
    if (!found) found = topLevel(names[0]);
    for (const name of names.slice(1)) found = found && found.kind === "class" ? found.inner.get(key(name)) : null;
    if (found && found.kind === "class") return { kind: "class", cls: found };
    // SObjects, enums, interfaces and platform classes: not followed (nothing to check offline).
    return { kind: "opaque", name: found ? found.qualifiedName : qualified };
  }

  /** The type of an apex-parser TypeRef seen from the class `context`. */
  function typeOf(typeRef, context) {
    if (!typeRef) return { kind: "void", name: "void" };
    const names = typeRef.typeName_list();
    const subscripts = typeRef.arraySubscripts();
    const dims = subscripts ? subscripts.LBRACK_list().length : 0;
    let type;
    const first = names[0];
    const args = first.typeArguments() ? first.typeArguments().typeList().typeRef_list() : [];
    if (names.length === 1 && (first.LIST() || first.SET())) {
      type = { kind: "list", element: args[0] ? typeOf(args[0], context) : { kind: "opaque", name: "Object" } };
    } else if (names.length === 1 && first.MAP()) {
      type = { kind: "map", keyType: typeOf(args[0], context), value: typeOf(args[1], context) };
    } else {
      type = namedType(names.map((n) => n.id().getText()).join("."), context);
    }
    for (let i = 0; i < dims; i++) type = { kind: "list", element: type };
    return type;
  }

  return { topLevel, namedType, typeOf };
}

function describe(type) {
  if (type.kind === "class") return type.cls.qualifiedName;
  if (type.kind === "list") return `List<${describe(type.element)}>`;
  if (type.kind === "map") return `Map<${describe(type.keyType)},${describe(type.value)}>`;
  return type.name;
}

// ---------------------------------------------------------------------------------------------
// Project names that $Label, $Resource and $Page refer to.

function projectNames(sourceDir) {
  const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (n) => n === "labels" });
  const labels = new Set();
  for (const file of listFiles(sourceDir, (f) => f.endsWith(".labels-meta.xml"))) {
    const doc = xml.parse(fs.readFileSync(file, "utf8")).CustomLabels || {};
    for (const label of doc.labels || []) labels.add(key(label.fullName));
  }
  const baseNames = (suffix) =>
    new Set(listFiles(sourceDir, (f) => f.endsWith(suffix)).map((f) => key(path.basename(f, suffix))));
  return { labels, resources: baseNames(".resource-meta.xml"), pages: baseNames(".page") };
}

// ---------------------------------------------------------------------------------------------
// Resolution of one parsed expression in the scope of a page.

const pathText = (root, segments) =>
  `{!${root}${segments.map((s) => (s.name !== undefined ? `.${s.name}` : "[…]")).join("")}}`;
const capitalized = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * The type a segment read on a class yields, or a problem. Visualforce calls getName() when it
 * exists, else reads a public property whose getter is not private.
 */
function readMember(index, cls, name) {
  for (let current = cls; current;) {
    const getter = (current.methods.get(key(`get${name}`)) || []).find(
      (m) => m.visible && m.parameters === 0 && m.typeRef
    );
    if (getter) return { type: index.typeOf(getter.typeRef, current) };
    const member = current.members.get(key(name));
    if (member && member.kind === "property" && member.readable) {
      return { type: index.typeOf(member.typeRef, current) };
    }
    const unknown = `Unknown property '${cls.qualifiedName}.${name}'`;
    if (member && member.kind === "field") {
      return {
        problem: `${unknown}: a field without a getter (Visualforce reads only a property with { get; } or a get${capitalized(name)}() method)`
      };
    }
    if (member) return { problem: `${unknown}: its getter is not public` };
    const parent = current.superRef ? index.typeOf(current.superRef, current) : null;
    current = parent && parent.kind === "class" ? parent.cls : null;
  }
  return { problem: `Unknown property '${cls.qualifiedName}.${name}'` };
}

function createResolver(index, names) {
  /** Follows `segments` from `type`; returns { type } or { problem, at } (at: segments consumed). */
  function follow(type, segments) {
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (type.kind === "opaque") return { type };
      if (segment.index) {
        if (type.kind === "list") type = type.element;
        else if (type.kind === "map") type = type.value;
        else return { problem: `${describe(type)} cannot be indexed with […]`, at: i + 1 };
        continue;
      }
      if (type.kind === "class") {
        const read = readMember(index, type.cls, segment.name);
        if (read.problem) return { problem: read.problem, at: i + 1 };
        type = read.type;
      } else if ((type.kind === "list" || type.kind === "map") && key(segment.name) === "size") {
        type = { kind: "primitive", name: "Integer" };
      } else if (type.kind === "list" || type.kind === "map") {
        return {
          problem: `Unknown property '${describe(type)}.${segment.name}' (a collection has only size; iterate it with apex:repeat)`,
          at: i + 1
        };
      } else {
        return { problem: `Unknown property '${describe(type)}.${segment.name}'`, at: i + 1 };
      }
    }
    return { type };
  }

  function global(node) {
    const root = key(node.root);
    const first = node.segments[0];
    const name = first && first.name;
    if (!GLOBALS.has(root)) return `Unknown global variable '${node.root}'`;
    if (name === undefined) return null;
    if (root === "$label" && key(name) !== "site" && !names.labels.has(key(name))) {
      return `Unknown custom label '${name}' (not in force-app labels)`;
    }
    if (root === "$resource" && !names.resources.has(key(name))) {
      return `Unknown static resource '${name}' (not in force-app staticresources)`;
    }
    if (root === "$page" && !names.pages.has(key(name))) return `Unknown page '${name}' (not in force-app pages)`;
    return null;
  }

  /**
   * An action method (`action="{!save}"`: a public method without parameters) or a setter
   * (`assignTo="{!value}"`: a property with a public setter or a setValue(x) method) at the end of a path.
   */
  function callable(node, scope, use) {
    const head = node.segments.slice(0, -1);
    const last = node.segments.length > 0 ? node.segments[node.segments.length - 1].name : node.root;
    if (last === undefined) return { problem: "an index is not a method", at: node.segments.length };
    let owners = scope.controllers;
    if (node.segments.length === 0 && use === "action" && scope.standardObject && STANDARD_ACTIONS.has(key(last))) {
      return { type: { kind: "opaque", name: "PageReference" } };
    }
    if (node.segments.length > 0) {
      const start = scope.lookup(node.root);
      const result = start.problem ? { problem: start.problem, at: 0 } : follow(start.type, head);
      if (result.problem) return result;
      if (result.type.kind !== "class") return { type: result.type };
      owners = [result.type.cls];
    }
    for (const owner of owners) {
      for (let cls = owner; cls;) {
        const found =
          use === "action"
            ? (cls.methods.get(key(last)) || []).some((m) => m.visible && m.parameters === 0)
            : (cls.methods.get(key(`set${last}`)) || []).some((m) => m.visible && m.parameters === 1) ||
              (cls.members.get(key(last)) || {}).writable;
        if (found) return { type: { kind: "opaque", name: "Object" } };
        const parent = cls.superRef ? index.typeOf(cls.superRef, cls) : null;
        cls = parent && parent.kind === "class" ? parent.cls : null;
      }
    }
    const where = owners.map((o) => o.qualifiedName).join(" or ") || "the page";
    const what =
      use === "action"
        ? `Unknown action method '${last}()' on ${where}`
        : `Unknown property '${last}' with a setter on ${where}`;
    return { problem: what, at: node.segments.length };
  }

  /** Problems of every path and call in a parsed expression, read as a getter, action or setter. */
  function check(node, scope, problems, use = "getter") {
    if (node.type === "path" && use !== "getter" && !node.root.startsWith("$")) {
      const result = callable(node, scope, use);
      if (result.problem) problems.push(`${pathText(node.root, node.segments.slice(0, result.at))}: ${result.problem}`);
      return;
    }
    if (node.type === "path") {
      if (node.root.startsWith("$")) {
        const problem = global(node);
        if (problem) problems.push(`${pathText(node.root, node.segments.slice(0, 1))}: ${problem}`);
      } else {
        const start = scope.lookup(node.root);
        const result = start.problem ? { problem: start.problem, at: 0 } : follow(start.type, node.segments);
        if (result.problem) {
          problems.push(`${pathText(node.root, node.segments.slice(0, result.at))}: ${result.problem}`);
        } else {
          node.resolved = result.type;
        }
      }
      for (const segment of node.segments) if (segment.index) check(segment.index, scope, problems);
      return;
    }
    if (node.type === "call" && !FUNCTIONS.has(node.name.toUpperCase())) {
      problems.push(`{!${node.name}(…)}: Unknown function '${node.name}'`);
    }
    for (const child of node.children || []) check(child, scope, problems);
  }

  return { check, follow };
}

// ---------------------------------------------------------------------------------------------
// Pages and components.

/** Actions of a standard controller (standardController="Account"), callable as action="{!save}". */
const STANDARD_ACTIONS = new Set(["cancel", "delete", "edit", "list", "quicksave", "save", "view"]);
const ITERATORS = new Set(["apex:repeat", "apex:datatable", "apex:pageblocktable", "apex:datalist"]);

/** Scope of names an expression can start with: iteration variables, then controller members. */
function createScope(index, controllers, standardObject, attributes) {
  const frames = [new Map()];
  return {
    controllers,
    standardObject,
    push() {
      frames.push(new Map());
    },
    pop() {
      frames.pop();
    },
    define(name, type, frame = frames.length - 1) {
      frames[frame].set(key(name), type);
    },
    defineInParent(name, type) {
      this.define(name, type, Math.max(0, frames.length - 2));
    },
    lookup(name) {
      for (let i = frames.length - 1; i >= 0; i--)
        if (frames[i].has(key(name))) return { type: frames[i].get(key(name)) };
      if (attributes.has(key(name))) return { type: attributes.get(key(name)) };
      if (standardObject && key(standardObject) === key(name))
        return { type: { kind: "opaque", name: standardObject } };
      let firstProblem = null;
      for (const cls of controllers) {
        const read = readMember(index, cls, name);
        if (!read.problem) return read;
        firstProblem = firstProblem || read.problem;
      }
      if (controllers.length === 0 && !standardObject) {
        return { problem: `Unknown property '${name}': the page has no controller` };
      }
      // Only a standard controller without a custom one: its record's fields are not followed.
      if (controllers.length === 0) return { type: { kind: "opaque", name: standardObject } };
      return { problem: firstProblem };
    }
  };
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Finds the raw offset of the n-th "{!" inside source[from, to). */
function nthMergeOffset(source, from, to, n) {
  let at = from - 1;
  for (let i = 0; i <= n; i++) {
    at = source.indexOf("{!", at + 1);
    if (at < 0 || at >= to) return from;
  }
  return at;
}

function checkPage(file, index, names) {
  const source = fs.readFileSync(file, "utf8");
  const starts = lineStarts(source);
  const findings = [];
  const seen = new Set();
  const report = (offset, message) => {
    const line = lineAt(starts, offset);
    const id = `${line}\u0000${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    findings.push(finding(file, line, message));
  };
  const resolver = createResolver(index, names);
  const problems = [];
  const attributes = new Map();
  let scope = null;
  let last = 0;
  const pendingAttributes = [];

  /** Checks the expressions of one decoded value whose raw text is source[from, to); returns parsed trees. */
  const expressions = (value, from, to, use) =>
    mergeFields(value).map((field) => {
      const offset = nthMergeOffset(source, from, to, field.index);
      if (field.error) {
        report(offset, `${field.text.slice(0, 40)}: Visualforce expression syntax error: ${field.error}`);
        return null;
      }
      let tree;
      try {
        tree = parseExpression(field.body);
      } catch (error) {
        report(offset, `${field.text}: Visualforce expression syntax error: ${error.message}`);
        return null;
      }
      problems.length = 0;
      resolver.check(tree, scope, problems, use);
      for (const problem of problems) report(offset, problem);
      return { tree, offset, text: field.text };
    });

  const parser = sax.parser(true, { position: true });
  const slice = () => {
    const range = [last, parser.position];
    last = parser.position;
    return range;
  };
  const beforeRoot = [];
  const text = (value) => {
    const [from, to] = slice();
    if (scope) expressions(value, from, to, "getter");
    else beforeRoot.push([value, from, to]);
  };
  parser.onattribute = (attribute) => {
    const [from, to] = slice();
    pendingAttributes.push({ ...attribute, from, to });
  };
  parser.onopentag = (node) => {
    slice();
    const attrs = pendingAttributes.splice(0);
    const tag = key(node.name);
    const tagOffset = parser.startTagPosition - 1;
    const attribute = (name) => attrs.find((a) => key(a.name) === key(name));
    if (!scope) {
      const root = tag === "apex:page" || tag === "apex:component" ? tag : null;
      if (!root) {
        report(tagOffset, `the root element is <${node.name}>, not <apex:page> or <apex:component>`);
      }
      const controllers = [];
      const classNames = [
        ...(attribute("extensions") ? attribute("extensions").value.split(",") : []),
        ...(attribute("controller") ? [attribute("controller").value] : [])
      ]
        .map((name) => name.trim())
        .filter(Boolean);
      for (const name of classNames) {
        const cls = index.topLevel(name);
        if (cls && cls.kind === "class") controllers.push(cls);
        else report(tagOffset, `<${node.name}> names the class '${name}', which is not a class in force-app`);
      }
      const standard = attribute("standardController");
      scope = createScope(index, controllers, standard && standard.value, attributes);
      for (const [value, from, to] of beforeRoot.splice(0)) expressions(value, from, to, "getter");
    }
    if (tag === "apex:attribute" && attribute("name")) {
      const typeName = attribute("type") ? attribute("type").value.trim() : "Object";
      const array = typeName.endsWith("[]");
      const element = index.namedType(array ? typeName.slice(0, -2) : typeName, null);
      attributes.set(key(attribute("name").value), array ? { kind: "list", element } : element);
    }
    // The element's own attributes are evaluated in the enclosing scope.
    const parsed = new Map();
    for (const a of attrs) {
      const use = key(a.name) === "action" ? "action" : key(a.name) === "assignto" ? "setter" : "getter";
      parsed.set(key(a.name), expressions(a.value, a.from, a.to, use));
    }
    scope.push();
    const variable = attribute("var");
    const value = parsed.get("value");
    const single = value && value.length === 1 && value[0] ? value[0] : null;
    const valueType = single && single.tree.type === "path" ? single.tree.resolved : null;
    if (variable && ITERATORS.has(tag)) {
      let elementType = { kind: "opaque", name: "Object" };
      if (valueType && valueType.kind === "list") elementType = valueType.element;
      else if (valueType && valueType.kind === "map") elementType = valueType.keyType;
      else if (valueType && valueType.kind !== "opaque") {
        report(
          single.offset,
          `${single.text}: <${node.name}> value must be a list, set or map (it is ${describe(valueType)})`
        );
      }
      scope.define(variable.value, elementType);
    } else if (variable && tag === "apex:variable") {
      scope.defineInParent(variable.value, valueType || { kind: "opaque", name: "Object" });
    }
  };
  parser.onclosetag = () => {
    slice();
    if (scope) scope.pop();
  };
  parser.ontext = text;
  parser.oncdata = text;
  parser.oncomment = text;
  parser.onscript = text;
  parser.onerror = (error) => {
    report(parser.position, `not well-formed XML: ${error.message.split("\n")[0]}`);
    throw error;
  };
  try {
    parser.write(source).close();
  } catch {
    // reported by onerror
  }
  return findings;
}

/** @param {string} sourceDir the package folder holding pages, components, classes, labels… */
function checkVisualforce(sourceDir = path.join(ROOT, "force-app")) {
  const problems = [];
  const index = createClassIndex(sourceDir, problems);
  const names = projectNames(sourceDir);
  const pages = listFiles(sourceDir, (f) => f.endsWith(".page") || f.endsWith(".component"));
  const findings = pages.flatMap((file) => checkPage(file, index, names));
  return [...findings, ...problems];
}

module.exports = { checkVisualforce, parseExpression };

if (require.main === module) {
  runCheck("Visualforce merge fields", () => checkVisualforce(process.argv[2] && path.resolve(process.argv[2])));
}
