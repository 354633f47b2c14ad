"use strict";
// npm run package:version: the sf commands it runs (package create only while packageAliases lacks the package,
// version create with code coverage), through the project's sf replaced by a stand-in, and the install command.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { packageVersionSteps } = require("../../scripts/package-version");

const ROOT = path.join(__dirname, "../..");
const project = JSON.parse(fs.readFileSync(path.join(ROOT, "sfdx-project.json"), "utf8"));

test("first run creates the package, then a version with code coverage; later runs only the version", () => {
  const fresh = { ...project, packageAliases: {} };
  const first = packageVersionSteps(fresh, ["--target-dev-hub", "hub"]);
  assert.deepEqual(
    first.steps.map((s) => s.slice(0, 3).join(" ")),
    ["package create --name", "package version create"]
  );
  assert.ok(first.steps[0].includes("--no-namespace") && first.steps[0].includes("Unlocked"));
  assert.ok(first.steps[1].includes("--code-coverage"));
  assert.ok(first.steps[1].includes("--installation-key-bypass"));
  const later = packageVersionSteps({ ...project, packageAliases: { Accord: "0Ho000000000001AAA" } }, [
    "--target-dev-hub",
    "hub",
    "--installation-key",
    "s3cret"
  ]);
  assert.equal(later.steps.length, 1);
  assert.deepEqual(later.steps[0].slice(-6), [
    "--installation-key",
    "s3cret",
    "--wait",
    "60",
    "--target-dev-hub",
    "hub"
  ]);
  assert.throws(() => packageVersionSteps(project, []), /--target-dev-hub <alias>/);
});

test("a run prints the customer-org install command with the new 04t version", () => {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "accord-pkg-")), "sf.log");
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/package-version.js"), "--target-dev-hub", "hub"], {
    encoding: "utf8",
    env: {
      ...process.env,
      ACCORD_SF_BIN: path.join(ROOT, "tests/cli/support/fake-sf.js"),
      FAKE_SF_LOG: log,
      FAKE_SF_ORGS: JSON.stringify({ hub: { instanceUrl: "https://hub.example.com", accessToken: "t" } })
    }
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /npx sf package install --package 04t000000000001AAA --target-org <customer-org> --wait 30 --security-type AdminsOnly/
  );
  const calls = fs
    .readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l).slice(0, 3).join(" "));
  assert.ok(calls.includes("package version create"), calls.join("; "));
});
