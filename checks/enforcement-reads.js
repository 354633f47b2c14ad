"use strict";
// Enforcement reads check: a guard must see the true state of what it protects, whoever the user is, or it
// fails open. Two rules:
// 1. `WITH SYSTEM_MODE` / `AccessLevel.SYSTEM_MODE` only in a `without sharing` class. System mode drops object
//    and field access only; record sharing follows the class, so in a `with sharing` class such a read still
//    misses records the user cannot see (custom metadata, which has no sharing, is exempt).
// 2. The enforcement classes (guards, trigger handlers, the derivation, signed content, signature evidence) read
//    only through the `without sharing` readers (found by parsing, not listed) or the configuration selector;
//    never inline SOQL, never a user-mode selector, except the calls named in ALLOWED_USER_READS with the reason.

const fs = require("node:fs");
const path = require("node:path");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { apexClassFiles, lineOf } = require("./lib/files");
const { codeOnly } = require("./lib/apex-source");

const CLASSES = "force-app/main/default/classes";
const NAMED_ENFORCEMENT = new Set(["AccordPlanDerivation", "AccordSignedContent", "AccordSignatureEvidence"]);
const isEnforcement = (name) => /Guard$|TriggerHandler$/.test(name) || NAMED_ENFORCEMENT.has(name);
/** Custom metadata has no records to share: its one cached reader serves every mode. */
const CONFIGURATION_READER = "AccordConfigurationSelector";
/** User-mode reads an enforcement class may make, and why they cannot let a rule fail open. */
const ALLOWED_USER_READS = {
  "AccordSignatureEvidence→AccordFileSelector.documentIdsOf":
    "the documents of the files this transaction has just inserted as the user",
  "AccordSignedContent→AccordContactSelector.namesByIds":
    "names copied into content the user writes: the user's own view of the Contact, never wider"
};

function sharingOf(code) {
  const match = code.match(/\b(with|without|inherited)\s+sharing\s+class\b/i);
  return match ? match[1].toLowerCase() : "none";
}

/**
 * System-mode reads (not of custom metadata) and updates, upserts and deletes: { offset, kind }. An insert creates
 * records, so no sharing of existing ones is involved.
 */
function systemModeUses(code) {
  const uses = [];
  for (const m of code.matchAll(/\bWITH\s+SYSTEM_MODE\b/gi)) {
    const query = code.slice(Math.max(0, code.lastIndexOf("[", m.index)), m.index);
    if (!/\bFROM\s+\w+__mdt\b/i.test(query)) uses.push({ offset: m.index, kind: "read" });
  }
  for (const m of code.matchAll(/\bAccessLevel\.SYSTEM_MODE\b/g)) {
    const call = code.slice(Math.max(0, code.lastIndexOf("Database.", m.index)), m.index);
    if (/^Database\.query/.test(call)) uses.push({ offset: m.index, kind: "read" });
    else if (!/^Database\.insert/.test(call)) uses.push({ offset: m.index, kind: "write" });
  }
  return uses.sort((a, b) => a.offset - b.offset);
}

const SYSTEM_MODE_HARM = {
  read: "this read misses records the user cannot see: move it into a 'without sharing' reader (AccordPlanEnforcementSelector or AccordScoringSelector)",
  write: "this write fails on records the user cannot edit: write through AccordSystemWrite ('without sharing')"
};

function checkEnforcementReads(root = ROOT) {
  const files = apexClassFiles(path.join(root, CLASSES));
  const classes = [...files]
    .filter(([, file]) => !file.split(path.sep).includes("tests"))
    .map(([name, file]) => {
      const code = codeOnly(fs.readFileSync(file, "utf8"));
      return { name, file, code, sharing: sharingOf(code) };
    });
  const withoutSharing = new Set(classes.filter((c) => c.sharing === "without").map((c) => c.name));
  const findings = [];

  for (const { name, file, code, sharing } of classes) {
    if (sharing !== "without") {
      for (const { offset, kind } of systemModeUses(code)) {
        findings.push(
          finding(
            file,
            lineOf(code, offset),
            `system mode in a '${sharing} sharing' class still applies record sharing (it drops only object and field ` +
              `access), so ${SYSTEM_MODE_HARM[kind]}`
          )
        );
      }
    }
    if (!isEnforcement(name)) continue;
    for (const m of code.matchAll(/\[\s*SELECT\b/gi)) {
      findings.push(
        finding(
          file,
          lineOf(code, m.index),
          `${name} enforces a rule and queries inline: read through AccordPlanEnforcementSelector or ` +
            `AccordScoringSelector ('without sharing'), so the rule sees every record`
        )
      );
    }
    for (const m of code.matchAll(/\b(Accord\w*Selector)\.(\w+)\s*\(/g)) {
      const [, reader, method] = m;
      if (withoutSharing.has(reader) || reader === CONFIGURATION_READER) continue;
      if (ALLOWED_USER_READS[`${name}→${reader}.${method}`]) continue;
      findings.push(
        finding(
          file,
          lineOf(code, m.index),
          `${name} enforces a rule but reads through ${reader}.${method}, which is not a 'without sharing' reader: ` +
            `a record the user cannot see would be missed and the rule would fail open; move the read into ` +
            `AccordPlanEnforcementSelector or AccordScoringSelector (or name it in ALLOWED_USER_READS with the reason)`
        )
      );
    }
  }
  return findings;
}

module.exports = { checkEnforcementReads, ALLOWED_USER_READS };

if (require.main === module) runCheck("enforcement reads", () => checkEnforcementReads(process.argv[2]));
