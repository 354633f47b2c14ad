"use strict";
// npm run deploy -- --target-org <alias>: deploys the package (force-app) only, with the project's pinned sf.

const { sf, ensureSfInstalled, ensureOrgAuthorized, targetOrg, main } = require("./lib/sf");

main((args) => {
  const alias = targetOrg(args);
  ensureSfInstalled();
  ensureOrgAuthorized(alias);
  sf(["project", "deploy", "start", "--source-dir", "force-app", "--target-org", alias, "--wait", "30"]);
  console.log(`Accord deployed to ${alias}. Next: assign a permission set, e.g.`);
  console.log(`  npx sf org assign permset --name Accord_User --target-org ${alias}`);
  console.log(`Then check the org: npx accord doctor --target-org ${alias}`);
});
