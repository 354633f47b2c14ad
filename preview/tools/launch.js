"use strict";
// Starts the preview server as a child process (production build, free port) and the system Chromium,
// for scripts/bench-ui.js and scripts/screenshots.js.

const fs = require("node:fs");
const path = require("node:path");
const { spawn } = require("node:child_process");

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Resolves with { url, stop } once the server prints its URL; rejects with its output if it exits first. */
function startPreviewServer({ env = {} } = {}) {
  const child = spawn(process.execPath, ["scripts/start.js", "--production", "--no-watch", "--reset", "--port=0"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"]
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/Accord preview: (http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) {
        resolve({
          url: match[1],
          stop: () =>
            new Promise((done) => {
              child.once("exit", done);
              child.kill("SIGTERM");
            })
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) =>
      reject(new Error(`The preview server exited (${code}) before it was ready:\n${output}`))
    );
  });
}

async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH.`
    );
  }
  const { chromium } = require("@playwright/test");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

module.exports = { startPreviewServer, launchChromium, ROOT, CHROMIUM, CHROMIUM_ARGS };
