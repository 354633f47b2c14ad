#!/usr/bin/env node
"use strict";
// Stands in for the project's sf in tests (ACCORD_SF_BIN), logging its arguments to FAKE_SF_LOG: answers
// `sf --version`, `sf package create` and `sf package version create`, and `sf org display --json --target-org <alias>`
// in the shape the real CLI prints (@salesforce/cli 2.146.3, observed here), from FAKE_SF_ORGS
// ({"alias": {"instanceUrl", "accessToken"}}). An unknown alias gets the real CLI's NamedOrgNotFoundError.

const fs = require("node:fs");

const args = process.argv.slice(2);
if (process.env.FAKE_SF_LOG) fs.appendFileSync(process.env.FAKE_SF_LOG, JSON.stringify(args) + "\n");
const reply = (result) => process.stdout.write(JSON.stringify({ status: 0, result, warnings: [] }));
if (args[0] === "--version") {
  process.stdout.write("@salesforce/cli/2.146.3 fake\n");
  process.exit(0);
}
// `sf package create` / `sf package version create --json` (result fields as the packaging plugin prints them).
if (args[0] === "package" && args[1] === "create") {
  reply({ Id: "0Ho000000000001AAA" });
  process.exit(0);
}
if (args[0] === "package" && args[1] === "version" && args[2] === "create") {
  reply({
    Id: "08c000000000001AAA",
    Status: "Success",
    Package2Id: "0Ho000000000001AAA",
    Package2VersionId: "05i000000000001AAA",
    SubscriberPackageVersionId: "04t000000000001AAA",
    HasPassedCodeCoverageCheck: true
  });
  process.exit(0);
}
if (args[0] === "project" && args[1] === "deploy" && args[2] === "start") {
  process.stdout.write(`Deployed Source (fake): ${args.join(" ")}\n`);
  process.exit(0);
}
const alias = args[args.indexOf("--target-org") + 1];
const orgs = JSON.parse(process.env.FAKE_SF_ORGS || "{}");
if (args[0] !== "org" || args[1] !== "display" || !args.includes("--json")) {
  process.stderr.write(`fake sf: unexpected arguments ${args.join(" ")}\n`);
  process.exit(2);
}
const org = orgs[alias];
if (!org) {
  process.stdout.write(
    JSON.stringify({
      name: "NamedOrgNotFoundError",
      message: `Parsing --target-org \n\tNo authorization information found for ${alias}.\nSee more help with --help`,
      exitCode: 2,
      context: "OrgDisplayCommand",
      status: 2,
      warnings: []
    })
  );
  process.exit(2);
}
process.stdout.write(
  JSON.stringify({
    status: 0,
    result: {
      id: "00D000000000001AAA",
      apiVersion: "65.0",
      accessToken: org.accessToken,
      instanceUrl: org.instanceUrl,
      username: `ops@${alias}.example.com`,
      clientId: "PlatformCLI",
      connectedStatus: "Connected",
      alias
    },
    warnings: []
  })
);
