"use strict";
// npm run org:create [-- --alias <alias>] [--no-open]: a scratch org end to end — create, validate the deploy
// (a dry run of the package and the starter configuration together, so a page that would not compile fails
// before anything is written), deploy both, assign permission sets, load the sample data.

const fs = require("node:fs");
const path = require("node:path");
const { sf, sfJson, ensureSfInstalled, main, SfError } = require("./lib/sf");
const { seedProgress } = require("./lib/seed-progress");

const ROOT = path.resolve(__dirname, "..");
const SEED = path.join(ROOT, "scripts/apex/seed-sample-plans.apex");
// Each run walks as many plan steps as fit in one transaction; the sample needs a handful of runs.
const MAX_SEED_RUNS = 25;

function aliasFrom(args) {
  const index = args.indexOf("--alias");
  return index >= 0 && args[index + 1] ? args[index + 1] : "accord";
}

/** Runs the resumable seed script until it reports ACCORD_SEED_DONE. */
function seedSamplePlans(alias) {
  for (let run = 1; run <= MAX_SEED_RUNS; run++) {
    const result = sfJson(["apex", "run", "--file", SEED, "--target-org", alias]);
    const progress = seedProgress(result);
    console.log(`Seed run ${run}: ${progress.steps.join("; ") || "no step"}`);
    if (progress.done) return;
  }
  throw new SfError(`The sample plans were not complete after ${MAX_SEED_RUNS} runs of ${path.relative(ROOT, SEED)}.`);
}

main((args) => {
  const alias = aliasFrom(args);
  ensureSfInstalled();
  sf([
    "org",
    "create",
    "scratch",
    "--definition-file",
    "config/project-scratch-def.json",
    "--alias",
    alias,
    "--set-default",
    "--duration-days",
    "7",
    "--wait",
    "15"
  ]);
  sf([
    "project",
    "deploy",
    "start",
    "--dry-run",
    "--source-dir",
    "force-app",
    "--source-dir",
    "config/starter",
    "--target-org",
    alias,
    "--wait",
    "30"
  ]);
  sf(["project", "deploy", "start", "--source-dir", "force-app", "--target-org", alias, "--wait", "30"]);
  sf(["project", "deploy", "start", "--source-dir", "config/starter", "--target-org", alias, "--wait", "30"]);
  for (const permissionSet of ["Accord_Admin", "Accord_Plan_Manager"]) {
    sf(["org", "assign", "permset", "--name", permissionSet, "--target-org", alias]);
  }
  const plan = path.join(ROOT, "data/sample-tree/plan.json");
  if (!fs.existsSync(plan)) throw new SfError(`Sample data plan ${path.relative(ROOT, plan)} is missing.`);
  sf(["data", "import", "tree", "--plan", plan, "--target-org", alias]);
  seedSamplePlans(alias);
  if (!args.includes("--no-open")) {
    sf(["org", "open", "--target-org", alias, "--path", "lightning/app/c__Accord_Key_Account_Management"]);
  }
});
