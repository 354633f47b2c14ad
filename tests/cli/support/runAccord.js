"use strict";
// Runs `node cli/bin/accord.js …` as sales ops would (a child process, real exit code, stdout and stderr),
// asynchronously so the loopback org in the same test process keeps answering.

const { spawn } = require("node:child_process");
const path = require("node:path");

const BIN = path.join(__dirname, "../../../cli/bin/accord.js");

function runAccord(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) }));
  });
}

module.exports = { runAccord, BIN };
