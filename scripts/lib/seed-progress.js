"use strict";
// Reads the result of `sf apex run --json` for the seed script (fields success, compiled,
// compileProblem, exceptionMessage, exceptionStackTrace, line, column, logs) and says whether
// the sample plans are complete. The script logs `ACCORD_SEED <ref>: <step>` per plan and ends
// with ACCORD_SEED_DONE or ACCORD_SEED_MORE.

const { SfError } = require("./sf");

const STEP = /\|USER_DEBUG\|\[\d+\]\|\w+\|ACCORD_SEED (.+)$/;

function seedProgress(result) {
  if (!result.compiled) {
    throw new SfError(`The seed script does not compile (line ${result.line}): ${result.compileProblem}`);
  }
  if (!result.success) {
    throw new SfError(
      `The seed script stopped: ${result.exceptionMessage}\n${result.exceptionStackTrace || ""}`.trim()
    );
  }
  const lines = String(result.logs || "").split(/\r?\n/);
  const steps = lines
    .map((line) => STEP.exec(line))
    .filter(Boolean)
    .map((match) => match[1]);
  const done = lines.some((line) => line.endsWith("|ACCORD_SEED_DONE"));
  const more = lines.some((line) => line.includes("|ACCORD_SEED_MORE"));
  if (!done && !more) {
    throw new SfError(
      "The seed script ran but its log has neither ACCORD_SEED_DONE nor ACCORD_SEED_MORE: is the debug log level at least ERROR?"
    );
  }
  return { done, steps };
}

module.exports = { seedProgress };
