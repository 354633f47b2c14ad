"use strict";
// Label usage check: every custom label is used. A label is either referenced by name in a source that ships
// (an LWC `LABELS.X` / `labels.X` / a "X" in a table of label names, Apex `Label.Accord_X` /
// `System.Label.get('', 'Accord_X')`, Visualforce, flows, flexipages and other metadata `$Label.Accord_X`, src/core,
// the preview), or a member of a dynamic family (checks/lib/label-families.js) whose code or value its owner still
// declares. A family member whose code is gone is a stale label; a declared code without its label reads as a raw
// code on the screen. Tests do not count as use: a label only a test reads is unused.

const fs = require("node:fs");
const path = require("node:path");
const { readLabelCatalog } = require("../preview/build/labels");
const { FAMILIES, familyOf, isTestSource, withoutComments } = require("./lib/label-families");
const { ROOT, finding, formatFinding } = require("./lib/findings");
const { listFiles, lineOf } = require("./lib/files");

const PREFIX = "Accord_";

/** Folders whose shipping sources may name a label, and what is not a use: generated copies, the catalog itself. */
const SOURCE_ROOTS = ["force-app/main/default", "src/core", "preview", "config"];
const NOT_A_USE =
  /[/\\](labels|translations|staticresources)[/\\]|[/\\]lwc[/\\](accordLabels|accordCore|accordConfigCore|accordRadarCore)[/\\]|[/\\]preview[/\\]dist[/\\]/;
const SOURCE_FILE = /\.(js|ts|html|cls|trigger|page|component|xml)$/;
/** Sources where a label is named without Accord_ (LABELS.X, labels.X, "X" in a list of names). */
const SHORT_NAME_FILE = /\.(js|ts|html)$/;

function shippingSources(root) {
  return SOURCE_ROOTS.flatMap((dir) =>
    listFiles(path.join(root, dir), (f) => SOURCE_FILE.test(f) && !NOT_A_USE.test(f) && !isTestSource(root, f))
  );
}

/** Every identifier-like word of a text (label names are words: letters, digits, underscores). */
const words = (text) => text.match(/[A-Za-z0-9_$]+/g) || [];

/** Label names (full) that the sources name: Accord_X anywhere, X (without Accord_) in JavaScript/TypeScript/HTML. */
function namedLabels(root, names) {
  const known = new Set(names);
  const named = new Set();
  for (const file of shippingSources(root)) {
    const short = SHORT_NAME_FILE.test(file);
    for (const word of words(withoutComments(fs.readFileSync(file, "utf8")))) {
      if (known.has(word)) named.add(word);
      else if (short && known.has(PREFIX + word)) named.add(PREFIX + word);
    }
  }
  return named;
}

/** The line of a label's <fullName> in the labels file, for the finding. */
function lineOfLabel(text, name) {
  const at = text.indexOf(`<fullName>${name}</fullName>`);
  return at < 0 ? 1 : lineOf(text, at);
}

/**
 * @param {string} projectDir folder holding force-app and src/core
 * @returns {{findings: Array, counts: {labels: number, named: number, family: number, unused: number, stale: number, missing: number}}}
 */
function analyzeLabelUsage(projectDir = ROOT, families = FAMILIES) {
  const { labelsFile, en } = readLabelCatalog(projectDir);
  const labelsText = fs.existsSync(labelsFile) ? fs.readFileSync(labelsFile, "utf8") : "";
  const names = Object.keys(en);
  const named = namedLabels(projectDir, names);
  const membersOf = new Map(families.map((family) => [family, new Set(family.members(projectDir))]));
  const findings = [];
  const counts = { labels: names.length, named: named.size, family: 0, unused: 0, stale: 0, missing: 0 };

  for (const name of names) {
    if (named.has(name)) continue;
    const shortName = name.slice(PREFIX.length);
    const family = familyOf(shortName, families);
    const line = lineOfLabel(labelsText, name);
    if (!family) {
      counts.unused++;
      findings.push(
        finding(
          labelsFile,
          line,
          `${name} is not used: no source names it and it is in no label family; delete it and its translations`
        )
      );
    } else if (membersOf.get(family).has(shortName.slice(family.prefix.length))) {
      counts.family++;
    } else {
      counts.stale++;
      findings.push(
        finding(
          labelsFile,
          line,
          `${name} is stale: no ${shortName.slice(family.prefix.length)} in ${family.owner}; delete it and its translations, or name it where it is used`
        )
      );
    }
  }
  for (const family of families.filter((f) => f.labelled)) {
    const unlabelled = new Set(family.unlabelled || []);
    for (const member of [...membersOf.get(family)].sort()) {
      const name = `${PREFIX}${family.prefix}${member}`;
      if (unlabelled.has(member) && name in en) {
        findings.push(
          finding(
            labelsFile,
            lineOfLabel(labelsText, name),
            `${name} exists: remove ${member} from the family's unlabelled list in checks/lib/label-families.js`
          )
        );
      } else if (!unlabelled.has(member) && !(name in en)) {
        counts.missing++;
        findings.push(
          finding(
            labelsFile,
            1,
            `${family.owner} declares ${member} but there is no label ${name}: the screen would show the raw code`
          )
        );
      }
    }
    for (const member of [...unlabelled].filter((m) => !membersOf.get(family).has(m))) {
      findings.push(
        finding(
          labelsFile,
          1,
          `${family.owner} no longer declares ${member}: remove it from the family's unlabelled list in checks/lib/label-families.js`
        )
      );
    }
  }
  return { findings, counts };
}

/** The one-line summary: labels, referenced by name, by family, unused (stale and missing when there are any). */
function summaryLine({ labels, named, family, unused, stale, missing }) {
  const problems = stale + missing > 0 ? `, ${stale} stale family members, ${missing} codes without a label` : "";
  return `label usage: ${labels} labels, ${named} referenced by name, ${family} by family, ${unused} unused${problems}`;
}

module.exports = { analyzeLabelUsage, summaryLine };

if (require.main === module) {
  try {
    const { findings, counts } = analyzeLabelUsage(process.argv[2] || ROOT);
    for (const f of findings) console.error(formatFinding(f));
    console.log(summaryLine(counts));
    process.exitCode = findings.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`label usage: could not run: ${error.message}`);
    process.exitCode = 2;
  }
}
