"use strict";
// Apex source as text, for checks that read it with patterns: comments (and string literals) blanked to spaces of
// the same length, so offsets and line numbers stay those of the file.

const blank = (match) => match.replace(/[^\n]/g, " ");

/** The source with its comments blanked. */
function blankComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, blank);
}

/** The source with its comments and string literals blanked: only code is left to match. */
function codeOnly(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\])*'/g, blank);
}

module.exports = { blankComments, codeOnly };
