"use strict";
// Composes the preview: src/core loaded from source, configuration and sample data seeded in memory,
// the controllers, the HTTP server; reloads the core when src/core changes (state is kept).

const fs = require("node:fs");
const path = require("node:path");
const { loadCore, loadConfigCore } = require("./core");
const { readConfiguration } = require("./configuration");
const { seedStore } = require("./seed");
const { createControllers } = require("./controllers");
const { createServer } = require("./http");
const { addBenchAccounts } = require("./benchSeed");

const ROOT = path.resolve(__dirname, "../..");

async function createPreviewApp({ dataFolder = path.join(ROOT, "data"), liveReload = false, log = console.log } = {}) {
  let core = await loadCore();
  let configCore = await loadConfigCore();
  let store;

  function reseed() {
    store = seedStore({ core, config: readConfiguration(configCore), dataFolder });
    if (process.env.ACCORD_PREVIEW_BENCH === "1") store.bench = addBenchAccounts(core, store);
    for (const warning of store.warnings) log(`Seed warning: ${warning}`);
    log(
      `Seeded ${store.accounts.size} accounts, ${store.plans.size} plans, ${store.stakeholders.length} stakeholders from ${path.relative(ROOT, dataFolder) || "."}`
    );
  }
  reseed();

  // The server's time: the real clock, unless a browser test set the store's clock (POST /preview/api/clock) to
  // pass time (a 12-month review); a reset reseeds the store and so returns to the real clock.
  const now = () => (store && store.clockNow) || new Date().toISOString();
  const controllers = createControllers({
    getCore: () => core,
    getConfigCore: () => configCore,
    store: () => store,
    now
  });
  let buildError = null;
  const server = createServer({
    controllers,
    getStore: () => store,
    getBuildError: () => buildError,
    reset: async () => reseed(),
    liveReload
  });

  /** Rebuilds the server's copy of the rules when src/core changes; the in-memory data stays. */
  function watchCore(onReloaded) {
    let timer = null;
    const watcher = fs.watch(path.join(ROOT, "src/core"), { recursive: true }, (_event, file) => {
      if (!file || !file.endsWith(".ts") || file.includes("__tests__")) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          core = await loadCore();
          configCore = await loadConfigCore();
          log("src/core changed: the preview server uses the new rules.");
          onReloaded();
        } catch (error) {
          log(`src/core changed but does not build: ${error.message}`);
        }
      }, 300);
    });
    return watcher;
  }

  const setBuildError = (message) => {
    buildError = message;
  };
  return { server, controllers, watchCore, setBuildError, getStore: () => store };
}

module.exports = { createPreviewApp };
