"use strict";
// One Apex parse for the checkers: a class (.cls) or trigger (.trigger) file read by @apexdevtools/apex-parser,
// with each syntax error as a finding at its line (the checkers report them rather than stop).

const fs = require("node:fs");
const { ApexParserFactory, ApexErrorListener } = require("@apexdevtools/apex-parser");
const { finding } = require("./findings");

/** @returns {{ tree: any, errors: ReturnType<typeof finding>[] }} the compilation or trigger unit, and the errors */
function parseApexFile(file) {
  const errors = [];
  class Listener extends ApexErrorListener {
    apexSyntaxError(line, column, message) {
      errors.push(finding(file, line, `Apex syntax error: ${message}`));
    }
  }
  const { parser } = ApexParserFactory.createLexerAndParser(fs.readFileSync(file, "utf8"), new Listener());
  const tree = file.endsWith(".trigger") ? parser.triggerUnit() : parser.compilationUnit();
  return { tree, errors };
}

module.exports = { parseApexFile };
