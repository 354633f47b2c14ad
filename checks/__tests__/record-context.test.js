"use strict";
// The own-public-properties check rejects a record-page card whose recordId comes only from its base class (the
// hazard of writing the five Account cards' accessor once, in c/accordRecordCard) and a targetConfig property
// declared only on a superclass; it passes a card with its own accessor, a component without recordId, and the
// real tree.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { formatFinding, ROOT } = require("../lib/findings");
const { checkRecordContext } = require("../record-context");

const FIXTURES = path.join(__dirname, "fixtures");
const LWC = "record-context/force-app/main/default/lwc";

test("record-context check rejects an inherited recordId and a targetConfig property of a superclass", () => {
  const lines = checkRecordContext(path.join(FIXTURES, "record-context"))
    .map((f) => formatFinding(f, FIXTURES))
    .sort();
  assert.equal(lines.length, 2);
  assert.match(
    lines[0],
    new RegExp(
      `^${LWC}/accordConfigured/accordConfigured.js-meta.xml:1: targetConfig property "heading" is not an @api of accordConfigured's own class`
    )
  );
  assert.match(
    lines[1],
    new RegExp(
      `^${LWC}/accordInheritingCard/accordInheritingCard.js:4: uses recordId on a record page but declares no @api recordId in its own class`
    )
  );
});

test("record-context check passes the real tree: every record-page card declares its own @api recordId", () => {
  assert.deepEqual(
    checkRecordContext(ROOT).map((f) => formatFinding(f)),
    []
  );
});

test("record-context check finds a real Account card whose recordId accessor moved to c/accordRecordCard", () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "record-context-"));
  const lwc = path.join(copy, "force-app/main/default/lwc");
  for (const bundle of ["accordRecordCard", "accordAccountSummary"]) {
    fs.cpSync(path.join(ROOT, "force-app/main/default/lwc", bundle), path.join(lwc, bundle), { recursive: true });
  }
  const card = path.join(lwc, "accordAccountSummary/accordAccountSummary.js");
  const text = fs.readFileSync(card, "utf8");
  const accessor = /\n {2}@api\n {2}get recordId\(\) \{[\s\S]*?\n {2}set recordId\(value\) \{[\s\S]*?\n {2}\}\n/;
  assert.match(text, accessor);
  fs.writeFileSync(card, text.replace(accessor, "\n"));
  const lines = checkRecordContext(copy).map((f) => formatFinding(f, copy));
  fs.rmSync(copy, { recursive: true, force: true });
  assert.equal(lines.length, 1);
  assert.match(
    lines[0],
    /^force-app\/main\/default\/lwc\/accordAccountSummary\/accordAccountSummary\.js:\d+: uses recordId/
  );
});
