"use strict";
// The sales-ops scripts (deploy, config:starter) run the project's sf — here a stand-in through ACCORD_SF_BIN —
// and refuse clearly without an org or with an alias sf does not know.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "../..");

function run(script, args) {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "accord-sf-")), "sf.log");
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", script), ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      ACCORD_SF_BIN: path.join(ROOT, "tests/cli/support/fake-sf.js"),
      FAKE_SF_LOG: log,
      FAKE_SF_ORGS: JSON.stringify({ uat: { instanceUrl: "https://uat.example.com", accessToken: "t" } })
    }
  });
  const calls = fs.existsSync(log)
    ? fs
        .readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).join(" "))
    : [];
  return { ...result, calls };
}

test("deploy: no org named, an unknown alias, then a deploy of force-app with the project's sf", () => {
  const none = run("sf-deploy.js", []);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /add `-- --target-org <alias>`/);
  const unknown = run("sf-deploy.js", ["--target-org", "nobody"]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /No authorized org is known as 'nobody'.*npx sf org login web --alias nobody/);
  const ok = run("sf-deploy.js", ["--target-org", "uat"]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(
    ok.calls.includes("project deploy start --source-dir force-app --target-org uat --wait 30"),
    ok.calls.join("; ")
  );
  assert.match(ok.stdout, /npx accord doctor --target-org uat/);
});

test("config:starter deploys config/starter only", () => {
  const ok = run("config-starter.js", ["--target-org", "uat"]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(
    ok.calls.includes("project deploy start --source-dir config/starter --target-org uat --wait 30"),
    ok.calls.join("; ")
  );
});
