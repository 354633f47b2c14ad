"use strict";
// Runs the Salesforce CLI for the sales-ops scripts: quiet (no auto-update, no telemetry) and
// with clear messages when `sf` is missing or no org is authorized.

const { spawnSync } = require("node:child_process");

const SF_ENV = {
  ...process.env,
  SF_DISABLE_AUTOUPDATE: "true",
  SF_DISABLE_TELEMETRY: "true",
  SF_SKIP_NEW_VERSION_CHECK: "true"
};

class SfError extends Error {}

function ensureSfInstalled() {
  const probe = spawnSync("sf", ["--version"], { env: SF_ENV, encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new SfError(
      "The Salesforce CLI (sf) is not installed. Install it with `npm install --global @salesforce/cli@2.146.3` " +
        "(the newest that runs on Node 20), then run this command again."
    );
  }
}

/** Parses `--target-org <alias>` (or `-o <alias>`) from the arguments; required for org commands. */
function targetOrg(args) {
  const index = args.findIndex((a) => a === "--target-org" || a === "-o");
  const inline = args.find((a) => a.startsWith("--target-org="));
  const value = inline ? inline.split("=")[1] : index >= 0 ? args[index + 1] : undefined;
  if (!value) {
    throw new SfError("Say which org to use: add `-- --target-org <alias>` (see `sf org list` for your aliases).");
  }
  return value;
}

function ensureOrgAuthorized(alias) {
  const probe = spawnSync("sf", ["org", "display", "--target-org", alias, "--json"], { env: SF_ENV, encoding: "utf8" });
  if (probe.status !== 0) {
    throw new SfError(
      `No authorized org is known as '${alias}'. Authorize it first: ` +
        `\`sf org login web --alias ${alias}\` (or \`sf org login sfdx-url\` in CI).`
    );
  }
}

/** Runs `sf …` with inherited output; throws when it fails. */
function sf(args) {
  console.log(`$ sf ${args.join(" ")}`);
  const result = spawnSync("sf", args, { env: SF_ENV, stdio: "inherit" });
  if (result.status !== 0) throw new SfError(`sf ${args.slice(0, 3).join(" ")} failed (exit ${result.status}).`);
}

/** Runs `sf … --json` and returns its `result`; throws with sf's own message when it fails. */
function sfJson(args) {
  console.log(`$ sf ${args.join(" ")} --json`);
  const run = spawnSync("sf", [...args, "--json"], { env: SF_ENV, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  let reply;
  try {
    reply = JSON.parse(run.stdout);
  } catch {
    throw new SfError(`sf ${args.slice(0, 3).join(" ")} printed no JSON (exit ${run.status}): ${run.stderr.trim()}`);
  }
  if (run.status !== 0 || reply.status !== 0) {
    throw new SfError(`sf ${args.slice(0, 3).join(" ")} failed: ${reply.message || run.stderr.trim()}`);
  }
  return reply.result;
}

/** Runs a script body and turns SfError into a clean message with exit code 1. */
function main(body) {
  try {
    body(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof SfError ? error.message : error.stack);
    process.exitCode = 1;
  }
}

module.exports = { sf, sfJson, ensureSfInstalled, ensureOrgAuthorized, targetOrg, main, SfError, SF_ENV };
