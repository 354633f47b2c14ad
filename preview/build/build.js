"use strict";
// Builds the preview bundle once (production or development), or watches and rebuilds.
// `node preview/build/build.js` = production build into preview/dist (npm run build:preview).

const fs = require("node:fs");
const { rollup, watch } = require("rollup");
const { rollupOptions, DIST } = require("./rollupOptions");

/** `file` (default preview/dist/preview.js) lets a test build the development bundle beside the production one. */
async function buildPreview({ production = true, file } = {}) {
  const started = Date.now();
  const options = rollupOptions({ production, file });
  const bundle = await rollup(options);
  try {
    fs.mkdirSync(DIST, { recursive: true });
    await bundle.write(options.output);
  } finally {
    await bundle.close();
  }
  return { milliseconds: Date.now() - started, file: options.output.file };
}

/** Rebuilds on every change; onEvent receives { ok, milliseconds } or { ok: false, error }. */
function watchPreview({ production = false, onEvent }) {
  const options = rollupOptions({ production });
  const watcher = watch({ ...options, watch: { clearScreen: false, exclude: ["node_modules/**", "preview/dist/**"] } });
  watcher.on("event", (event) => {
    if (event.code === "BUNDLE_END") {
      event.result.close();
      onEvent({ ok: true, milliseconds: event.duration });
    } else if (event.code === "ERROR") {
      if (event.result) event.result.close();
      onEvent({ ok: false, error: event.error });
    }
  });
  return watcher;
}

module.exports = { buildPreview, watchPreview };

if (require.main === module) {
  const production = !process.argv.includes("--development");
  buildPreview({ production }).then(
    ({ milliseconds, file }) =>
      console.log(
        `Built ${file} (${production ? "production" : "development"}) in ${(milliseconds / 1000).toFixed(1)} s`
      ),
    (error) => {
      console.error(`Preview build failed: ${error.message}`);
      process.exit(1);
    }
  );
}
