"use strict";
// Rollup options of the preview bundle: the real components, the real base components, our resolver first.

const path = require("node:path");
const lwc = require("@lwc/rollup-plugin").default;
const replace = require("@rollup/plugin-replace");
const { salesforceModules } = require("./salesforceModules");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "preview/dist");

/**
 * The engine of the `lwc` release the compiler (@lwc/rollup-plugin) belongs to. Without it the plugin takes the
 * hoisted @lwc/engine-dom, which is sfdx-lwc-jest's older pin, and the dev build warns on every load that the
 * engine and the templates come from different releases.
 */
function engineOfCompilerRelease() {
  const lwcEntry = require.resolve("lwc", { paths: [ROOT] });
  return require.resolve("@lwc/engine-dom", { paths: [path.dirname(lwcEntry)] });
}

function rollupOptions({ production, file = path.join(DIST, "preview.js") }) {
  return {
    input: path.join(ROOT, "preview/client/main.js"),
    plugins: [
      salesforceModules({ root: ROOT }),
      replace({
        preventAssignment: true,
        values: {
          "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development"),
          "import.meta.env.SSR": "false"
        }
      }),
      lwc({
        rootDir: ROOT,
        modules: [{ name: "lwc", path: engineOfCompilerRelease() }, { npm: "lightning-base-components" }],
        enableDynamicComponents: true
      })
    ],
    onwarn(warning, warn) {
      // An import nobody resolved would be left as a bare browser import and fail at run time: fail now.
      if (warning.code === "UNRESOLVED_IMPORT") {
        throw new Error(`Unresolved import "${warning.exporter}" in ${path.relative(ROOT, warning.id || "")}`);
      }
      // Known template warnings inside the base components package itself are not ours to fix.
      if (
        warning.plugin === "rollup-plugin-lwc-compiler" &&
        String(warning.id || warning.loc?.file || "").includes("lightning-base-components")
      )
        return;
      if (warning.code === "CIRCULAR_DEPENDENCY" || warning.code === "THIS_IS_UNDEFINED") return;
      warn(warning);
    },
    output: { file, format: "es", sourcemap: !production, inlineDynamicImports: true },
    treeshake: production
  };
}

module.exports = { rollupOptions, engineOfCompilerRelease, ROOT, DIST };
