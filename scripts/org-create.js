"use strict";
// npm run org:create [-- --alias <alias>] [--no-open]: a scratch org end to end — create, deploy the package
// and the starter configuration, assign permission sets, load the sample data.

const fs = require("node:fs");
const path = require("node:path");
const { sf, ensureSfInstalled, main, SfError } = require("./lib/sf");

const ROOT = path.resolve(__dirname, "..");

function aliasFrom(args) {
  const index = args.indexOf("--alias");
  return index >= 0 && args[index + 1] ? args[index + 1] : "accord";
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
  sf(["project", "deploy", "start", "--source-dir", "force-app", "--target-org", alias, "--wait", "30"]);
  sf(["project", "deploy", "start", "--source-dir", "config/starter", "--target-org", alias, "--wait", "30"]);
  for (const permissionSet of ["Accord_Admin", "Accord_Plan_Manager"]) {
    sf(["org", "assign", "permset", "--name", permissionSet, "--target-org", alias]);
  }
  const plan = path.join(ROOT, "data/sample-tree/plan.json");
  if (!fs.existsSync(plan)) throw new SfError(`Sample data plan ${path.relative(ROOT, plan)} is missing.`);
  sf(["data", "import", "tree", "--plan", plan, "--target-org", alias]);
  const seed = path.join(ROOT, "scripts/apex/seed-sample-plans.apex");
  if (fs.existsSync(seed)) sf(["apex", "run", "--file", seed, "--target-org", alias]);
  sf(["org", "open", "--target-org", alias, "--path", "lightning/app/c__Accord_Key_Account_Management"]);
});
