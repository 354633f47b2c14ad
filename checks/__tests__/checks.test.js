"use strict";
// Every checker must be able to fail: each deliberately broken fixture is rejected with a
// message naming the file and line, and the clean fixture passes.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { formatFinding } = require("../lib/findings");
const { checkSoql } = require("../soql");
const { checkPmd } = require("../pmd");
const { checkApexSemantics } = require("../apex-semantic");
const { checkMetadata } = require("../metadata");
const { checkNames } = require("../names");
const { checkLwcSize } = require("../lwc-size");
const { checkGenerated } = require("../generated");
const { SPEC_RESOURCE } = require("../../scripts/build-spec-resource");

const FIXTURES = path.join(__dirname, "fixtures");
const fixture = (...parts) => path.join(FIXTURES, ...parts);
const CLASS = "force-app/main/default/classes/AccordNoteSelector.cls";
const lines = (findings) => findings.map((f) => formatFinding(f, FIXTURES));

test("SOQL check passes the clean fixture (standard relationships resolved through apex-ls types)", () => {
  assert.deepEqual(lines(checkSoql(fixture("clean"))), []);
});

test("SOQL check rejects a field that does not exist, naming file and line", () => {
  assert.deepEqual(lines(checkSoql(fixture("soql-bogus-field"))), [
    `soql-bogus-field/${CLASS}:4: SOQL field 'Bogus_Field__c' does not exist on Plan_Note__c (in 'Bogus_Field__c')`
  ]);
});

test("PMD rejects a query without WITH USER_MODE, SOQL in a loop and an unexplained suppression; passes clean code", () => {
  const byFixture = {};
  for (const line of lines(checkPmd(FIXTURES))) {
    const name = line.split("/")[0];
    (byFixture[name] = byFixture[name] || []).push(line);
  }
  assert.equal(byFixture.clean, undefined, "the clean fixture has no PMD violation");
  assert.ok(
    byFixture["missing-user-mode"].includes(
      `missing-user-mode/${CLASS}:3: PMD ApexCRUDViolation: Validate CRUD permission before SOQL/DML operation or enforce user mode`
    ),
    byFixture["missing-user-mode"].join("\n")
  );
  assert.ok(
    byFixture["soql-in-loop"].includes(
      `soql-in-loop/${CLASS}:5: PMD OperationWithLimitsInLoop: Avoid operations in loops that may hit governor limits`
    ),
    byFixture["soql-in-loop"].join("\n")
  );
  assert.deepEqual(byFixture["unexplained-suppression"], [
    `unexplained-suppression/${CLASS}:1: PMD suppression without a reason: add a \`// why\` comment on the line above`
  ]);
});

test("Apex semantic check passes clean code and rejects a type error with its line", () => {
  assert.deepEqual(checkApexSemantics(fixture("clean")), []);
  assert.deepEqual(
    checkApexSemantics(fixture("apex-type-error")).map((f) => [path.relative(FIXTURES, f.file), f.line, f.message]),
    [
      [
        `apex-type-error/${CLASS}`,
        3,
        "Error: Incompatible types in assignment, from 'System.String' to 'System.Integer'"
      ]
    ]
  );
});

test("metadata check rejects unknown elements and invalid enumerated values, and malformed XML", () => {
  const field = "force-app/main/default/objects/Plan_Note__c/fields/Status__c.field-meta.xml";
  assert.deepEqual(lines(checkMetadata([fixture("invalid-metadata")])), [
    `invalid-metadata/${field}:7: <colour> is not a valid element of CustomField`,
    `invalid-metadata/${field}:8: CustomField.deleteConstraint: 'Explode' is not a valid DeleteConstraint (expected one of: Cascade, Restrict, SetNull)`
  ]);
  const malformed = lines(checkMetadata([fixture("malformed-metadata")]));
  assert.equal(malformed.length, 1);
  assert.match(
    malformed[0],
    new RegExp(`^malformed-metadata/${field}:5: XML is not well-formed: Unexpected close tag`)
  );
  assert.deepEqual(lines(checkMetadata([fixture("clean")])), []);
});

test("name check rejects a class, bundle, permission set and label without the product prefix", () => {
  const base = "bad-names/force-app/main/default";
  assert.deepEqual(lines(checkNames(fixture("bad-names", "force-app"))), [
    `${base}/classes/PlanService.cls:1: Apex class 'PlanService' must start with 'Accord'`,
    `${base}/permissionsets/KAM_User.permissionset-meta.xml:1: Permission set 'KAM_User' must start with 'Accord_'`,
    `${base}/lwc/planCard:1: LWC bundle 'planCard' must start with 'accord'`,
    `${base}/labels/CustomLabels.labels-meta.xml:10: Custom label 'Save_Button' must start with 'Accord_'`
  ]);
  assert.deepEqual(checkNames(fixture("clean", "force-app")), []);
});

test("size check rejects an LWC file over the limit", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-size-"));
  const bundle = path.join(dir, "main/default/lwc/accordBig");
  fs.mkdirSync(bundle, { recursive: true });
  fs.writeFileSync(path.join(bundle, "accordBig.js"), "x".repeat(131073));
  fs.writeFileSync(path.join(bundle, "accordSmall.js"), "x".repeat(131072));
  assert.deepEqual(
    checkLwcSize(dir).map((f) => formatFinding(f, dir)),
    [
      "main/default/lwc/accordBig/accordBig.js:1: LWC file is 131073 bytes; the limit is 131072: split it or move code out"
    ]
  );
});

test("generated check rejects a stale accordCore.js and accepts the committed one", async () => {
  const stale = await checkGenerated({ coreFile: fixture("stale-core", "accordCore.js"), specFile: SPEC_RESOURCE });
  assert.deepEqual(lines(stale), [
    "stale-core/accordCore.js:2: stale generated file: run `npm run build` and commit the result"
  ]);
  assert.deepEqual(await checkGenerated(), []);
});

test("generated check rejects a seed script that no longer matches data/", async () => {
  const stale = await checkGenerated({ seedFile: fixture("stale-seed", "seed-sample-plans.apex") });
  assert.deepEqual(lines(stale), [
    "stale-seed/seed-sample-plans.apex:1: stale generated file: run `npm run build` and commit the result"
  ]);
});

test("contract check rejects controller methods whose names, parameters or results differ from ApexContract", () => {
  const { checkControllers } = require("../contract");
  const dir = fixture("contract-controllers");
  const found = checkControllers({ tsFiles: [path.join(dir, "api.ts")], classesDir: path.join(dir, "classes") });
  assert.deepEqual(lines(found), [
    "contract-controllers/classes/AccordNoteController.cls:3: AccordNoteController.getNotes: parameter 'limitSize' is string in Apex but number in ApexContract",
    "contract-controllers/classes/AccordNoteController.cls:8: AccordNoteController.saveNote: parameter 'overwrite' is not in ApexContract",
    "contract-controllers/api.ts:1: ApexContract names AccordNoteController.deleteNote, which is no @AuraEnabled method",
    "contract-controllers/classes/AccordNoteController.cls:13: @AuraEnabled AccordNoteController.archiveNote is not in ApexContract"
  ]);
});

test("contract check rejects Apex DTO properties that are missing (own or inherited), extra or of another type", () => {
  const { checkContract } = require("../contract");
  const found = checkContract({
    tsFiles: [fixture("contract", "contract.ts")],
    apexFile: fixture("contract", "AccordDto.cls")
  });
  assert.deepEqual(lines(found), [
    "contract/AccordDto.cls:8: AccordDto.NoteDto.priority is string in Apex but number in TypeScript",
    "contract/AccordDto.cls:2: AccordDto.NoteDto lacks property 'status' (string) declared in TypeScript",
    "contract/AccordDto.cls:2: AccordDto.NoteDto lacks property 'shared' (boolean) declared in TypeScript",
    "contract/AccordDto.cls:12: AccordDto.NoteDto.extra is not in the TypeScript contract",
    // NoteSaveDto extends NoteFieldsDto: the inherited 'shared' is required too.
    "contract/AccordDto.cls:16: AccordDto.NoteSaveDto lacks property 'shared' (boolean) declared in TypeScript"
  ]);
});
