"use strict";
// npm run package:version -- --target-dev-hub <alias> [--installation-key <key>]: a new version of the Accord
// unlocked package with code coverage computed (required to promote it for production installs). The first run
// creates the package in the Dev Hub, which writes its 0Ho Id into sfdx-project.json's packageAliases (commit
// that change); every run adds the new version's 04t alias there too. Prints the install command for a customer org.

const fs = require("node:fs");
const path = require("node:path");
const { sfJson, ensureSfInstalled, ensureOrgAuthorized, main, SfError } = require("./lib/sf");

const ROOT = path.resolve(__dirname, "..");
const PROJECT = path.join(ROOT, "sfdx-project.json");

function option(args, name) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The sf commands of one run, from the project file and the arguments (pure, for the tests). */
function packageVersionSteps(project, args) {
  const devHub = option(args, "target-dev-hub");
  if (!devHub) {
    throw new SfError(
      "Say which Dev Hub builds the version: npm run package:version -- --target-dev-hub <alias> " +
        "(authorize it once with npx sf org login web --alias <alias> --set-default-dev-hub)."
    );
  }
  const directory = project.packageDirectories.find((d) => d.default && d.package);
  if (!directory) throw new SfError("sfdx-project.json has no default package directory with a package name.");
  const name = directory.package;
  const key = option(args, "installation-key");
  const steps = [];
  if (!project.packageAliases || !project.packageAliases[name]) {
    steps.push([
      "package",
      "create",
      "--name",
      name,
      "--package-type",
      "Unlocked",
      "--path",
      directory.path,
      "--no-namespace",
      "--target-dev-hub",
      devHub
    ]);
  }
  steps.push([
    "package",
    "version",
    "create",
    "--package",
    name,
    "--code-coverage",
    ...(key ? ["--installation-key", key] : ["--installation-key-bypass"]),
    "--wait",
    "60",
    "--target-dev-hub",
    devHub
  ]);
  return { devHub, name, steps };
}

function installCommand(versionId, keyGiven) {
  return (
    `npx sf package install --package ${versionId} --target-org <customer-org> --wait 30 --security-type AdminsOnly` +
    (keyGiven ? " --installation-key <key>" : "")
  );
}

if (require.main === module)
  main((args) => {
    ensureSfInstalled();
    const project = JSON.parse(fs.readFileSync(PROJECT, "utf8"));
    const { devHub, steps } = packageVersionSteps(project, args);
    ensureOrgAuthorized(devHub);
    let result;
    for (const step of steps) result = sfJson(step);
    const versionId = result && result.SubscriberPackageVersionId;
    if (!versionId)
      throw new SfError(`sf package version create returned no SubscriberPackageVersionId: ${JSON.stringify(result)}`);
    console.log(
      `\nPackage version ${versionId} created (code coverage computed; sfdx-project.json holds its alias: commit it).`
    );
    console.log("Install it in a customer org (sandbox first):");
    console.log(`  ${installCommand(versionId, Boolean(option(args, "installation-key")))}`);
    console.log("Promote it before a production install:");
    console.log(`  npx sf package version promote --package ${versionId} --target-dev-hub ${devHub}`);
  });

module.exports = { packageVersionSteps, installCommand };
