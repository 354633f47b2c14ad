"use strict";
// npm start: the local preview. Until the preview lands, it prints what the package contains
// and how to deploy it.

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT = path.join(ROOT, "force-app/main/default");

const count = (folder, suffix) => {
  const dir = path.join(DEFAULT, folder);
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir).filter((n) => (suffix ? n.endsWith(suffix) : !n.startsWith("."))).length;
};

console.log("Accord: pharma Key Account Management for Salesforce\n");
console.log("The package (force-app) contains:");
console.log(`  custom objects and metadata types  ${count("objects")}`);
console.log(`  Apex classes                       ${count("classes", ".cls")}`);
console.log(`  Apex triggers                      ${count("triggers", ".trigger")}`);
console.log(`  Lightning web components           ${count("lwc")}`);
console.log(`  permission sets                    ${count("permissionsets")}`);
console.log("\nDeploy it to an org you have authorized with `sf org login web --alias <alias>`:");
console.log("  npm run deploy -- --target-org <alias>");
console.log("  npm run config:starter -- --target-org <alias>   (once: starter archetypes and countries)");
console.log("Or create a scratch org with sample data: npm run org:create");
