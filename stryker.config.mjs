// Mutation testing of src/core (`npm run test:mutation`; slow, so not part of `npm test`).
// Stryker 9.6.1: the newest release that runs on Node 20 (Stryker 10 needs Node 22).
// Only the src/core jest tests run; static mutants (module-level constants) are skipped, as they
// cost about 40% of the time and every test would have to be rerun for each of them.
// A part of src/core: npx stryker run --mutate "src/core/text/needs.ts,src/core/plan/content.ts"
import os from "node:os";
import path from "node:path";

export default {
  testRunner: "jest",
  jest: {
    projectType: "custom",
    config: {
      roots: ["<rootDir>/src/core"],
      testEnvironment: "node",
      // Replaces what jest.config.js sets up for the LWC components (jsdom, LWC resolver, label mocks).
      setupFiles: [],
      setupFilesAfterEnv: [],
      snapshotSerializers: [],
      resolver: undefined,
      moduleNameMapper: {},
      coverageThreshold: {},
      transform: {
        "^.+\\.ts$": [
          "babel-jest",
          { presets: ["@babel/preset-typescript"], plugins: ["@babel/plugin-transform-modules-commonjs"] }
        ]
      }
    },
    enableFindRelatedTests: false
  },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  mutate: ["src/core/**/*.ts", "!src/core/**/__tests__/**"],
  ignoreStatic: true,
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 20000,
  // Outside the project: jest ignores test files under node_modules, and the repository stays clean.
  tempDirName: path.join(os.tmpdir(), "accord-stryker"),
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "node_modules/.cache/stryker/mutation.json" },
  cleanTempDir: true
};
