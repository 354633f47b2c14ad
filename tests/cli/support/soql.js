"use strict";
// A small SOQL reader for the loopback org: SELECT fields, parent paths (Account__r.Name), parent-to-child
// subqueries (nested too), FROM, WHERE with AND of =, !=, IN, LIKE, ORDER BY, LIMIT. Enough for the queries
// the accord CLI sends; anything else is a MALFORMED_QUERY, as the real API would answer for a syntax error.

class SoqlError extends Error {
  constructor(errorCode, message) {
    super(message);
    this.errorCode = errorCode;
  }
}

function tokenize(text) {
  const tokens = [];
  const pattern = /\s*(?:('(?:[^'\\]|\\.)*')|([(),=]|!=|<=|>=|<|>)|([A-Za-z_][\w.]*|\d+(?:\.\d+)?))/y;
  let match;
  pattern.lastIndex = 0;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
    if (match[1]) tokens.push({ kind: "string", value: match[1].slice(1, -1).replace(/\\(.)/g, "$1") });
    else if (match[2]) tokens.push({ kind: "punct", value: match[2] });
    else tokens.push({ kind: "word", value: match[3] });
  }
  if (text.slice(pattern.lastIndex).trim() !== "") {
    throw new SoqlError(
      "MALFORMED_QUERY",
      `unexpected token: '${text.slice(pattern.lastIndex, pattern.lastIndex + 20)}'`
    );
  }
  return tokens;
}

function parse(text) {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (w) => peek() && peek().kind === "word" && peek().value.toUpperCase() === w;
  const expect = (value) => {
    const t = tokens[i++];
    if (!t || t.value.toUpperCase() !== value) throw new SoqlError("MALFORMED_QUERY", `expecting '${value}'`);
  };

  function select() {
    expect("SELECT");
    const fields = [];
    const children = [];
    for (;;) {
      if (peek() && peek().value === "(") {
        i++;
        children.push(select());
        expect(")");
      } else {
        const t = tokens[i++];
        if (!t || t.kind !== "word") throw new SoqlError("MALFORMED_QUERY", "expecting a field name");
        if (isWord("FROM") === false && peek() && peek().value === "(") {
          // COUNT() and friends
          i++;
          expect(")");
          fields.push(`${t.value}()`);
        } else fields.push(t.value);
      }
      if (peek() && peek().value === ",") i++;
      else break;
    }
    expect("FROM");
    const from = tokens[i++].value;
    const where = [];
    if (isWord("WHERE")) {
      i++;
      for (;;) {
        const field = tokens[i++].value;
        const op = tokens[i++].value.toUpperCase();
        let value;
        if (op === "IN" || op === "NOT") {
          if (op === "NOT") expect("IN");
          expect("(");
          value = [];
          while (peek().value !== ")") {
            value.push(literal(tokens[i++]));
            if (peek().value === ",") i++;
          }
          i++;
        } else value = literal(tokens[i++]);
        where.push({ field, op: op === "NOT" ? "NOT IN" : op, value });
        if (isWord("AND")) i++;
        else break;
      }
    }
    let orderBy = null;
    if (isWord("ORDER")) {
      i++;
      expect("BY");
      orderBy = { field: tokens[i++].value, desc: false };
      if (isWord("DESC") || isWord("ASC")) orderBy.desc = tokens[i++].value.toUpperCase() === "DESC";
    }
    let limit = null;
    if (isWord("LIMIT")) {
      i++;
      limit = Number(tokens[i++].value);
    }
    return { fields, children, from, where, orderBy, limit };
  }

  const query = select();
  if (i !== tokens.length) throw new SoqlError("MALFORMED_QUERY", `unexpected '${tokens[i].value}'`);
  return query;
}

function literal(token) {
  if (token.kind === "string") return token.value;
  const upper = token.value.toUpperCase();
  if (upper === "NULL") return null;
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  if (/^\d/.test(token.value)) return Number(token.value);
  throw new SoqlError("MALFORMED_QUERY", `unexpected ${token.value}`);
}

module.exports = { parse, SoqlError };
