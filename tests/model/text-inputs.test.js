"use strict";
// Every text input shows its limit and refuses beyond it, never cuts (issue 14): the templates use c-accord-text-field
// (counter, refusal with the numbers) and no text input, base or native, carries max-length/maxlength, which cuts a
// paste silently; the limits come from one owner, src/core/textLimits.ts, equal to the fields' metadata.
// Each check is a function returning findings; the tests run it on the real files and on templates with the bug.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { loadModel } = require("./objectModel");
const { loadCoreSource } = require("../../scripts/lib/core-source");

const ROOT = path.join(__dirname, "../..");
const LWC = path.join(ROOT, "force-app/main/default/lwc");
const TEXT_TYPES = ["Text", "LongTextArea", "TextArea"];

/** Every component template: [relative path, text]. */
function templates() {
  const found = [];
  for (const bundle of fs.readdirSync(LWC)) {
    const dir = path.join(LWC, bundle);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".html"))) {
      found.push([`${bundle}/${file}`, fs.readFileSync(path.join(dir, file), "utf8")]);
    }
  }
  return found;
}

/** The opening tags of one element name in a template: their attribute text. */
function openingTags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}(?=[\\s>])([^>]*)>`, "g"))].map((match) => match[1]);
}

const attribute = (attributes, name) => {
  const match = attributes.match(new RegExp(`(?:^|\\s)${name}(?:="([^"]*)"|=\\{([^}]*)\\})?(?=\\s|$)`));
  if (!match) return undefined;
  return match[1] ?? (match[2] !== undefined ? `{${match[2]}}` : "");
};

/** Findings: base text inputs that cut silently, and text fields naming no known limit. */
function checkTemplates(files, lengths) {
  const findings = [];
  for (const [file, html] of files) {
    for (const tag of ["lightning-input", "lightning-textarea", "input", "textarea"]) {
      for (const attributes of openingTags(html, tag)) {
        for (const name of ["max-length", "maxlength"]) {
          if (attribute(attributes, name) !== undefined) {
            findings.push(
              `${file}: <${tag} ${name}> cuts a longer paste silently; use c-accord-text-field (counter and refusal)`
            );
          }
        }
      }
    }
    for (const attributes of openingTags(html, "c-accord-text-field")) {
      const field = attribute(attributes, "field");
      const max = attribute(attributes, "max");
      if (max !== undefined) continue;
      if (field === undefined) findings.push(`${file}: <c-accord-text-field> names no field (or max)`);
      else if (!(field in lengths)) findings.push(`${file}: ${field} has no length in src/core/textLimits.ts`);
    }
  }
  return findings;
}

/** Findings: limits that differ from the field metadata (type and length). */
function checkLengths(lengths, model) {
  const findings = [];
  for (const [qualified, length] of Object.entries(lengths)) {
    const [objectName, fieldName] = qualified.split(".");
    const field = model.objects.get(objectName)?.fields.get(fieldName);
    if (!field) findings.push(`${qualified}: no such field in objects/`);
    else if (!TEXT_TYPES.includes(field.type)) findings.push(`${qualified}: is ${field.type}, not a text field`);
    else if (Number(field.length) !== length) {
      findings.push(`${qualified}: the limit is ${length} but the field holds ${field.length}`);
    }
  }
  return findings;
}

const { TEXT_FIELD_LENGTHS } = loadCoreSource("src/core/textLimits.ts");

test("no base text input carries max-length, and every c-accord-text-field names a field with a known length", () => {
  const files = templates();
  assert.ok(files.length > 20, "the component templates are read");
  assert.ok(
    files.some(([, html]) => html.includes("<c-accord-text-field")),
    "c-accord-text-field is used"
  );
  assert.deepEqual(checkTemplates(files, TEXT_FIELD_LENGTHS), []);
});

test("each limit in src/core/textLimits.ts is its field's length in the metadata", () => {
  const model = loadModel();
  assert.ok(Object.keys(TEXT_FIELD_LENGTHS).length >= 15, "the limits are read");
  assert.deepEqual(checkLengths(TEXT_FIELD_LENGTHS, model), []);
});

test("the template check finds max-length, maxlength and an unknown field", () => {
  const lengths = { "Customer_Need__c.Verbatim__c": 32768 };
  const findings = checkTemplates(
    [
      ["a/a.html", '<lightning-textarea\n  label={l}\n  max-length="32768"\n  value={v}\n></lightning-textarea>'],
      ["b/b.html", '<lightning-input type="text" maxlength="2" label="x"></lightning-input>'],
      ["c/c.html", '<c-accord-text-field field="Customer_Need__c.Verbatim_Typo__c"></c-accord-text-field>'],
      ["d/d.html", "<c-accord-text-field label={l}></c-accord-text-field>"],
      ["e/e.html", '<c-accord-text-field field="Customer_Need__c.Verbatim__c" value={v}></c-accord-text-field>'],
      ["f/f.html", "<c-accord-text-field max={limits.code} value={v}></c-accord-text-field>"],
      ["g/g.html", '<lightning-input type="number" max="60" label="x"></lightning-input>'],
      ["h/h.html", '<textarea class="slds-textarea" maxlength="255"></textarea>'],
      ["i/i.html", '<input type="text" class="slds-input" maxlength="80" />'],
      ["j/j.html", '<input type="checkbox" role="switch" />']
    ],
    lengths
  );
  assert.deepEqual(findings, [
    "a/a.html: <lightning-textarea max-length> cuts a longer paste silently; use c-accord-text-field (counter and refusal)",
    "b/b.html: <lightning-input maxlength> cuts a longer paste silently; use c-accord-text-field (counter and refusal)",
    "c/c.html: Customer_Need__c.Verbatim_Typo__c has no length in src/core/textLimits.ts",
    "d/d.html: <c-accord-text-field> names no field (or max)",
    "h/h.html: <textarea maxlength> cuts a longer paste silently; use c-accord-text-field (counter and refusal)",
    "i/i.html: <input maxlength> cuts a longer paste silently; use c-accord-text-field (counter and refusal)"
  ]);
});

test("the length check finds a limit that differs from the field, a missing field and a non-text field", () => {
  const model = loadModel();
  const findings = checkLengths(
    {
      "Plan_Signature__c.Evidence__c": 32768,
      "Customer_Need__c.Nope__c": 10,
      "Customer_Need__c.Sequence__c": 5,
      "Customer_Need__c.Verbatim__c": 32768
    },
    model
  );
  assert.deepEqual(findings, [
    "Plan_Signature__c.Evidence__c: the limit is 32768 but the field holds 255",
    "Customer_Need__c.Nope__c: no such field in objects/",
    "Customer_Need__c.Sequence__c: is Number, not a text field"
  ]);
});
