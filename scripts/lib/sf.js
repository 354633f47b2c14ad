"use strict";
// Runs the project's Salesforce CLI (the pinned devDependency @salesforce/cli, never a global `sf`) for the
// sales-ops scripts: quiet (no auto-update, no telemetry) and with clear messages when it is missing or no org
// is authorized.

const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "../..");
/** The CLI's entry point inside node_modules: the package's `exports` hide its package.json from require.resolve. */
// ACCORD_SF_BIN replaces it in tests (a stand-in that answers in sf's JSON format).
const SF_BIN = process.env.ACCORD_SF_BIN || path.join(ROOT, "node_modules/@salesforce/cli/bin/run.js");

const SF_ENV = {
  ...process.env,
  SF_DISABLE_AUTOUPDATE: "true",
  SF_DISABLE_TELEMETRY: "true",
  SF_SKIP_NEW_VERSION_CHECK: "true"
};

class SfError extends Error {}

/** Spawns the project's sf with the given arguments (Node's own binary, so the CLI runs on this Node). */
function runSf(args, options = {}) {
  return spawnSync(process.execPath, [SF_BIN, ...args], { env: SF_ENV, ...options });
}

function ensureSfInstalled() {
  const probe = fs.existsSync(SF_BIN) ? runSf(["--version"], { encoding: "utf8" }) : { status: 1 };
  if (probe.error || probe.status !== 0) {
    throw new SfError(
      "The project's Salesforce CLI is missing: run `npm ci` in the project folder (it installs the pinned " +
        "@salesforce/cli), then run this command again."
    );
  }
}

/** Parses `--target-org <alias>` (or `-o <alias>`) from the arguments; required for org commands. */
function targetOrg(args) {
  const index = args.findIndex((a) => a === "--target-org" || a === "-o");
  const inline = args.find((a) => a.startsWith("--target-org="));
  const value = inline ? inline.split("=")[1] : index >= 0 ? args[index + 1] : undefined;
  if (!value) {
    throw new SfError("Say which org to use: add `-- --target-org <alias>` (see `npx sf org list` for your aliases).");
  }
  return value;
}

function ensureOrgAuthorized(alias) {
  const probe = runSf(["org", "display", "--target-org", alias, "--json"], { encoding: "utf8" });
  if (probe.status !== 0) {
    throw new SfError(
      `No authorized org is known as '${alias}'. Authorize it first: ` +
        `\`npx sf org login web --alias ${alias}\` (or \`npx sf org login sfdx-url\` in CI).`
    );
  }
}

/** Runs `sf …` with inherited output; throws when it fails. */
function sf(args) {
  console.log(`$ sf ${args.join(" ")}`);
  const result = runSf(args, { stdio: "inherit" });
  if (result.status !== 0) throw new SfError(`sf ${args.slice(0, 3).join(" ")} failed (exit ${result.status}).`);
}

/** Runs `sf … --json` and returns its `result`; throws with sf's own message when it fails. */
function sfJson(args, { quiet = false } = {}) {
  if (!quiet) console.log(`$ sf ${args.join(" ")} --json`);
  const run = runSf([...args, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  let reply;
  try {
    reply = JSON.parse(run.stdout);
  } catch {
    throw new SfError(
      `sf ${args.slice(0, 3).join(" ")} printed no JSON (exit ${run.status}): ${String(run.stderr).trim()}`
    );
  }
  if (run.status !== 0 || reply.status !== 0) {
    throw new SfError(`sf ${args.slice(0, 3).join(" ")} failed: ${reply.message || String(run.stderr).trim()}`);
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

module.exports = {
  sf,
  sfJson,
  runSf,
  ensureSfInstalled,
  ensureOrgAuthorized,
  targetOrg,
  main,
  SfError,
  SF_ENV,
  SF_BIN
};
