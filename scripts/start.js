"use strict";
// npm start: the org-free local preview. Builds the real LWCs, serves them on 127.0.0.1 with an in-memory
// implementation of the Apex controllers (src/core rules, data/ sample), and rebuilds + reloads on change.
//
//   node scripts/start.js [--port=<n>] [--production] [--no-watch] [--reset]
//
// --production  production build (what the browser tests and benchmarks measure)
// --no-watch    build once and serve (no live reload)
// --reset       start from the sample data (state lives in memory, so every start is a fresh seed;
//               the flag is accepted for scripts that say so explicitly, and the page has a reset button)

const path = require("node:path");
const { buildPreview, watchPreview } = require("../preview/build/build");
const { createPreviewApp } = require("../preview/server/previewApp");

function parseArgs(argv) {
  const options = { port: 3000, production: false, watch: true, reset: false };
  for (const arg of argv) {
    if (arg.startsWith("--port=")) options.port = Number(arg.slice(7));
    else if (arg === "--production") options.production = true;
    else if (arg === "--no-watch") options.watch = false;
    else if (arg === "--reset") options.reset = true;
    else
      throw new Error(
        `Unknown option ${arg}. Usage: node scripts/start.js [--port=<n>] [--production] [--no-watch] [--reset]`
      );
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (0 picks a free port)`);
  }
  return options;
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", (error) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is in use: pass another with --port=<n>, or --port=0 for any free port`)
          : error
      )
    );
    server.listen(port, "127.0.0.1", () => resolve(server.address().port));
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const app = await createPreviewApp({ liveReload: options.watch });
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

  if (options.watch) {
    // The first result (built or failed) lets the server start; a failed build is shown on the page and
    // fixed by saving the file, as with any watcher.
    await new Promise((resolve) => {
      let first = true;
      watchPreview({
        production: options.production,
        onEvent(event) {
          if (event.ok) {
            app.setBuildError(null);
            console.log(`${first ? "Built" : "Rebuilt"} the preview in ${(event.milliseconds / 1000).toFixed(1)} s`);
          } else {
            app.setBuildError(event.error.message);
            console.error(`Preview build failed: ${event.error.message}`);
          }
          if (!first) app.server.broadcastReload();
          if (first) resolve();
          first = false;
        }
      });
    });
    app.watchCore(() => app.server.broadcastReload());
  } else {
    const { milliseconds } = await buildPreview({ production: options.production });
    console.log(
      `Built the preview (${options.production ? "production" : "development"}) in ${(milliseconds / 1000).toFixed(1)} s`
    );
  }

  const port = await listen(app.server, options.port);
  console.log(
    `\nAccord preview: http://127.0.0.1:${port}/  (ready in ${seconds()} s${options.watch ? "; watching for changes" : ""})`
  );
  const stop = () => {
    app.server.closeEventStreams();
    app.server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});

module.exports = { parseArgs, root: path.resolve(__dirname, "..") };
