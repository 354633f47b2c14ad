"use strict";
// The org:create seeding loop reads `sf apex run --json` results; these follow the CLI's documented shape.

const test = require("node:test");
const assert = require("node:assert/strict");
const { seedProgress } = require("../../scripts/lib/seed-progress");

const log = (...messages) =>
  [
    "64.0 APEX_CODE,ERROR",
    "11:02:03.1 (1000)|EXECUTION_STARTED",
    ...messages.map((m, i) => `11:02:03.${i + 2} (${2000 + i})|USER_DEBUG|[265]|ERROR|${m}`),
    "11:02:04.9 (9000)|EXECUTION_FINISHED"
  ].join("\n");

const ran = (logs) => ({ success: true, compiled: true, compileProblem: "", exceptionMessage: "", logs });

test("a run that logs ACCORD_SEED_MORE is not done and lists the steps it took", () => {
  const progress = seedProgress(
    ran(log("ACCORD_SEED plan-1: shared", "ACCORD_SEED plan-2: in place", "ACCORD_SEED_MORE: run this script again"))
  );
  assert.deepEqual(progress, { done: false, steps: ["plan-1: shared", "plan-2: in place"] });
});

test("a run that logs ACCORD_SEED_DONE is done", () => {
  assert.equal(seedProgress(ran(log("ACCORD_SEED plan-1: in place", "ACCORD_SEED_DONE"))).done, true);
});

test("a compile problem, an exception or a log without the end marker stops the loop with the reason", () => {
  assert.throws(
    () => seedProgress({ success: false, compiled: false, compileProblem: "Variable does not exist: x", line: 12 }),
    /does not compile \(line 12\): Variable does not exist: x/
  );
  assert.throws(
    () =>
      seedProgress({
        success: false,
        compiled: true,
        exceptionMessage: "System.LimitException: Too many SOQL queries: 101"
      }),
    /stopped: System.LimitException: Too many SOQL queries: 101/
  );
  assert.throws(
    () => seedProgress(ran(log("ACCORD_SEED plan-1: shared"))),
    /neither ACCORD_SEED_DONE nor ACCORD_SEED_MORE/
  );
});
