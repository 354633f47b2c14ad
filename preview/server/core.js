"use strict";
// The preview server's one door to the rules: src/core compiled by build/core-bundle.js (c/accordCore's surface
// plus the rules Apex runs in the org, src/core/node.ts), typed as that module, so a call names the function it
// uses (core.applyAction) and tsc checks it (preview/tsconfig.json).

const { importCore, CONFIG_ENTRY } = require("../../build/core-bundle");

/** @typedef {typeof import("../../src/core/node")} Core */

/**
 * Bundles src/core now and imports it (at start, and again when src/core changes).
 * @returns {Promise<Core>}
 */
const loadCore = () => importCore();

/** @typedef {typeof import("../../src/core/configConsole")} ConfigCore */

/**
 * The configuration console's rules (c/accordConfigCore), bundled now and imported.
 * @returns {Promise<ConfigCore>}
 */
const loadConfigCore = () => /** @type {Promise<any>} */ (importCore(CONFIG_ENTRY));

module.exports = { loadCore, loadConfigCore };
