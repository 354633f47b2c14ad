"use strict";
// Browser tests of the local preview (e2e/): Debian's Chromium, one worker, the preview server started on a
// free port on 127.0.0.1 with a production build and fresh sample data.

const fs = require("node:fs");
const { execFileSync } = require("node:child_process");
const { defineConfig } = require("@playwright/test");
// The same Chromium and flags as the screenshot and bench:ui scripts.
const { CHROMIUM, CHROMIUM_ARGS } = require("./preview/tools/launch");

if (!fs.existsSync(CHROMIUM)) {
  throw new Error(
    `No Chromium at ${CHROMIUM}. The browser tests use the system Chromium (Playwright downloads none): ` +
      "install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary."
  );
}

/** A free port, chosen once: workers inherit it through the environment, so they agree with the server. */
function freePort() {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}
process.env.ACCORD_PREVIEW_PORT = process.env.ACCORD_PREVIEW_PORT || freePort();
const BASE_URL = `http://127.0.0.1:${process.env.ACCORD_PREVIEW_PORT}`;

module.exports = defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  // Always, not only when CI is set (scripts/test-all.js does not set it): a focused test would skip the others.
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS
    },
    viewport: { width: 1280, height: 900 },
    trace: "off"
  },
  webServer: {
    command: `node scripts/start.js --production --no-watch --reset --port=${process.env.ACCORD_PREVIEW_PORT}`,
    url: `${BASE_URL}/preview/api/accounts`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe"
  }
});
