"use strict";
// npm run config:starter -- --target-org <alias>: deploys the starter configuration once
// (archetypes, countries, country role profiles). It OVERWRITES records with the same names.

const { sf, ensureSfInstalled, ensureOrgAuthorized, targetOrg, main } = require("./lib/sf");

main((args) => {
  const alias = targetOrg(args);
  ensureSfInstalled();
  ensureOrgAuthorized(alias);
  console.log(
    "Deploying the starter configuration (config/starter). Records with the same names in the org are OVERWRITTEN: " +
      "run this once, then edit the configuration in Setup > Custom Metadata Types."
  );
  sf(["project", "deploy", "start", "--source-dir", "config/starter", "--target-org", alias, "--wait", "30"]);
});
