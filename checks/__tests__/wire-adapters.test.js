"use strict";
// The wire adapter check rejects the original custom adapters (imported from a c/ module, or defined in the
// component's own file), naming file and line, passes platform adapters, and the real tree is clean.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { formatFinding, ROOT } = require("../lib/findings");
const { checkWireAdapters } = require("../wire-adapters");

const FIXTURES = path.join(__dirname, "fixtures");
const LWC = "wire-adapters/force-app/main/default/lwc";
const NOT_SUPPORTED =
  "custom wire adapters are not supported on the Salesforce Platform: wire a lightning/* or @salesforce/* adapter, " +
  "or subscribe in connectedCallback";

test("wire-adapters check rejects custom adapters imported from c/ modules and defined in the file", () => {
  const lines = checkWireAdapters(path.join(FIXTURES, "wire-adapters"))
    .map((f) => formatFinding(f, FIXTURES))
    .sort();
  assert.deepEqual(lines, [
    `${LWC}/accordHeaderLike/accordHeaderLike.js:7: @wire(screenLabels) uses a custom wire adapter (imported from c/accordScreenLabels); ${NOT_SUPPORTED}`,
    `${LWC}/accordHeaderLike/accordHeaderLike.js:8: @wire(screenLocale) uses a custom wire adapter (imported from c/accordScreenLabels); ${NOT_SUPPORTED}`,
    `${LWC}/accordLocalAdapter/accordLocalAdapter.js:17: @wire(recordIdSet) uses a custom wire adapter (defined in this file); ${NOT_SUPPORTED}`
  ]);
});

test("wire-adapters check passes the real tree: every @wire names a lightning/* or @salesforce/* adapter", () => {
  assert.deepEqual(
    checkWireAdapters(ROOT).map((f) => formatFinding(f)),
    []
  );
});
