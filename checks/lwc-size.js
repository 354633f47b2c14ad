"use strict";
// Size check: no LWC JavaScript file may exceed 128 KiB, well under the platform's limit.

const fs = require("node:fs");
const path = require("node:path");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");

const MAX_BYTES = 131072;

function checkLwcSize(sourceDir = path.join(ROOT, "force-app"), maxBytes = MAX_BYTES) {
  return listFiles(sourceDir, (f) => /[\\/]lwc[\\/]/.test(f) && f.endsWith(".js") && !/[\\/]__tests__[\\/]/.test(f))
    .map((file) => ({ file, size: fs.statSync(file).size }))
    .filter(({ size }) => size > maxBytes)
    .map(({ file, size }) =>
      finding(file, 1, `LWC file is ${size} bytes; the limit is ${maxBytes}: split it or move code out`)
    );
}

module.exports = { checkLwcSize, MAX_BYTES };

if (require.main === module) runCheck("LWC file size", () => checkLwcSize(process.argv[2]));
