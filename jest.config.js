"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { jestConfig } = require("@salesforce/sfdx-lwc-jest/config");

const LWC_DIR = path.join(__dirname, "force-app/main/default/lwc");
// One LWC release for compiler, engine and synthetic shadow (shared/TOOLCHAIN.md): the engine of the `lwc` we pin,
// not the older one @salesforce/sfdx-lwc-jest hoists, which ran templates compiled by the newer compiler.
const LWC_ENGINE = path.join(
  path.dirname(require.resolve("@lwc/engine-dom", { paths: [path.dirname(require.resolve("lwc"))] })),
  "index.cjs"
);
const LWC_TRANSFORMER = path.join(__dirname, "force-app/test/jest-transformer.js");
// The generated accordCore is covered through src/core; the threshold applies to real components.
const hasComponents = fs.existsSync(LWC_DIR) && fs.readdirSync(LWC_DIR).some((name) => name !== "accordCore");

module.exports = {
  ...jestConfig,
  roots: ["<rootDir>/force-app", "<rootDir>/src"],
  transform: {
    // src/core is plain TypeScript: babel keeps exact coverage; the LWC transformer does the rest.
    "^.+/src/core/.+\\.ts$": [
      "babel-jest",
      { presets: ["@babel/preset-typescript"], plugins: ["@babel/plugin-transform-modules-commonjs"] }
    ],
    ...Object.fromEntries(Object.keys(jestConfig.transform).map((files) => [files, LWC_TRANSFORMER]))
  },
  // @salesforce/label/c.* → the English text from CustomLabels (not the bare label name).
  setupFiles: [...(jestConfig.setupFiles || []), "<rootDir>/force-app/test/jest-mocks/labels.js"],
  // A focused test (.only, fit, fdescribe) fails instead of skipping the rest of its file.
  setupFilesAfterEnv: [...jestConfig.setupFilesAfterEnv, "<rootDir>/force-app/test/jest-mocks/forbid-only.js"],
  moduleNameMapper: {
    // test/<name>: a shared jest helper of the components' tests (force-app/test/jest-helpers/<name>.js).
    "^test/(.*)$": "<rootDir>/force-app/test/jest-helpers/$1",
    "^lwc$": LWC_ENGINE,
    "^lightning/platformShowToastEvent$": "<rootDir>/force-app/test/jest-mocks/lightning/platformShowToastEvent",
    "^lightning/navigation$": "<rootDir>/force-app/test/jest-mocks/lightning/navigation"
  },
  testPathIgnorePatterns: ["<rootDir>/node_modules/", "<rootDir>/checks/", "<rootDir>/e2e/", "<rootDir>/preview/"],
  collectCoverageFrom: [
    "src/core/**/*.ts",
    "!src/core/**/__tests__/**",
    "force-app/main/default/lwc/**/*.js",
    "!force-app/main/default/lwc/accordCore/**",
    "!force-app/main/default/lwc/accordConfigCore/**",
    "!force-app/main/default/lwc/accordRadarCore/**",
    "!force-app/main/default/lwc/accordTreeLayout/**",
    "!**/__tests__/**"
  ],
  coverageReporters: ["text-summary", "json-summary", "lcov"],
  // Enforced, not just reported: src/core is the executable specification.
  coverageThreshold: {
    "./src/core/": { lines: 95, branches: 90, functions: 95, statements: 95 },
    ...(hasComponents ? { "./force-app/main/default/lwc/": { lines: 80 } } : {})
  }
};
