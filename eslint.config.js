"use strict";

const globals = require("globals");
const lwcConfig = require("@salesforce/eslint-config-lwc/recommended");
const jestPlugin = require("eslint-plugin-jest");
const js = require("@eslint/js");

// The preview's browser-side modules are LWC/ES modules (the rest of preview/ is Node tooling).
const PREVIEW_BROWSER = ["preview/lwc/**/*.js", "preview/client/**/*.js", "preview/stubs/**/*.js"];

module.exports = [
  {
    ignores: [
      "node_modules/**",
      "coverage/**",
      ".sfdx/**",
      ".sf/**",
      "preview/dist/**",
      "checks/__tests__/fixtures/**",
      "force-app/main/default/staticresources/**",
      // Generated from src/core by `npm run build`; src/core is type-checked instead.
      "force-app/main/default/lwc/accordCore/accordCore.js",
      "src/**/*.ts"
    ]
  },
  {
    files: ["force-app/**/lwc/**/*.js"],
    ...lwcConfig[0]
  },
  ...lwcConfig.slice(1).map((c) => ({ files: ["force-app/**/lwc/**/*.js"], ...c })),
  { files: PREVIEW_BROWSER, ...lwcConfig[0] },
  ...lwcConfig.slice(1).map((c) => ({ files: PREVIEW_BROWSER, ...c })),
  { files: PREVIEW_BROWSER, languageOptions: { globals: { ...globals.browser } } },
  {
    files: ["force-app/**/lwc/**/__tests__/**/*.js", "force-app/test/**/*.js"],
    plugins: { jest: jestPlugin },
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      ...jestPlugin.configs.recommended.rules,
      "@lwc/lwc/no-async-operation": "off",
      "@lwc/lwc/no-unexpected-wire-adapter-usages": "off"
    }
  },
  {
    files: [
      "*.js",
      "scripts/**/*.js",
      "checks/**/*.js",
      "tests/**/*.js",
      "preview/**/*.js",
      "e2e/**/*.js",
      "bench/**/*.js"
    ],
    ignores: PREVIEW_BROWSER,
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
    rules: { ...js.configs.recommended.rules }
  }
];
