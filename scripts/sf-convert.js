"use strict";
// npm test step "sf project convert source": what a deploy does on the client, offline. Converts force-app and
// config/starter with the project's pinned sf into a temporary folder and checks the result: a package.xml
// listing members, and nothing .forceignore keeps out (TypeScript, jest tests, tsconfig) leaked into it.

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { sfJson, ensureSfInstalled, main, SfError } = require("./lib/sf");

const ROOT = path.resolve(__dirname, "..");
const PACKAGE_DIRECTORIES = ["force-app", "config/starter"];
const NOT_DEPLOYABLE = [/\.ts$/, /(^|\/)__tests__(\/|$)/, /(^|\/)tsconfig\.json$/, /(^|\/)jsconfig\.json$/];

function filesUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)));
}

/** Member counts per metadata type from a converted package.xml. */
function typesInManifest(xml) {
  const counts = {};
  for (const block of xml.match(/<types>[\s\S]*?<\/types>/g) || []) {
    const name = (block.match(/<name>([^<]+)<\/name>/) || [])[1];
    counts[name] = (block.match(/<members>/g) || []).length;
  }
  return counts;
}

function convert(sourceDir, outputDir) {
  sfJson(["project", "convert", "source", "--root-dir", path.join(ROOT, sourceDir), "--output-dir", outputDir], {
    quiet: true
  });
  const manifest = path.join(outputDir, "package.xml");
  if (!fs.existsSync(manifest)) throw new SfError(`${sourceDir}: the conversion wrote no package.xml.`);
  const counts = typesInManifest(fs.readFileSync(manifest, "utf8"));
  const members = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (members === 0) throw new SfError(`${sourceDir}: the converted package.xml lists no member.`);
  const leaked = filesUnder(outputDir).filter((file) => NOT_DEPLOYABLE.some((pattern) => pattern.test(file)));
  if (leaked.length > 0) {
    throw new SfError(
      `${sourceDir}: files .forceignore should keep out were converted: ${leaked.slice(0, 5).join(", ")}`
    );
  }
  const summary = Object.entries(counts)
    .map(([type, n]) => `${type} ${n}`)
    .join(", ");
  console.log(`${sourceDir}: ${members} members converted (${summary})`);
}

function convertAll() {
  ensureSfInstalled();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "accord-convert-"));
  try {
    for (const dir of PACKAGE_DIRECTORIES) convert(dir, path.join(tmp, dir.replace(/\//g, "-")));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { typesInManifest };

if (require.main === module) main(convertAll);
