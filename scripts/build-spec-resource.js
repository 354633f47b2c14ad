"use strict";
// Copies the shared vectors in spec/*.json into one static resource (Accord_Spec, JSON) so the
// Apex tests in an org run exactly the vectors the TypeScript tests run.

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SPEC_DIR = path.join(ROOT, "spec");
const SPEC_RESOURCE = path.join(ROOT, "force-app/main/default/staticresources/Accord_Spec.json");

/** { "<file name without .json>": <its content>, … } in file-name order, pretty-printed. */
function expectedSpecResource() {
  const files = fs.existsSync(SPEC_DIR)
    ? fs
        .readdirSync(SPEC_DIR)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  const bundle = {};
  for (const file of files)
    bundle[path.basename(file, ".json")] = JSON.parse(fs.readFileSync(path.join(SPEC_DIR, file), "utf8"));
  return JSON.stringify(bundle, null, 1) + "\n";
}

function writeSpecResource() {
  fs.mkdirSync(path.dirname(SPEC_RESOURCE), { recursive: true });
  fs.writeFileSync(SPEC_RESOURCE, expectedSpecResource());
  fs.writeFileSync(
    SPEC_RESOURCE.replace(/\.json$/, ".resource-meta.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>application/json</contentType>
    <description>Shared test vectors (generated from spec/ by npm run build): Apex tests run the same vectors as the TypeScript core.</description>
</StaticResource>
`
  );
}

module.exports = { expectedSpecResource, writeSpecResource, SPEC_RESOURCE };
