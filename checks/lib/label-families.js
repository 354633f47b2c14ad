"use strict";
// The dynamic label families: labels whose names are built from a code or a value at run time
// (codeLabel("Health", code), LABELS[`Language_${code}`], System.Label.get('', 'Accord_Error_' + code)…), so no
// source names them. Each family reads its member set from the one place that declares it (a value set of
// src/core/values.ts, a code union or list of src/core, the dimension records, a component's field list), so a
// label whose code is gone is found (checks/label-usage.js) and so is a code without its label.

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { listFiles } = require("./files");
const { loadCoreSource } = require("../../scripts/lib/core-source");

/** The label name of a value, as the screen (c/accordPlanView) and the PDF's Apex twin build it: "In Review" → "InReview". */
const { labelKey } = loadCoreSource("src/core/valueLabels.ts");

/** The value sets shown with a label, by the label prefix the screen and the PDF use (c/accordPlanView optionsOf). */
const VALUE_LABEL_PREFIXES = {
  PLAN_STATUSES: "Status",
  NEED_DECISIONS: "Decision",
  PARTIES: "Party",
  SIGNATURE_METHODS: "Method",
  REVIEW_OUTCOMES: "Outcome",
  SUCCESS_OUTCOMES: "Success",
  INITIATIVE_STATUSES: "InitiativeStatus",
  COMMITMENT_STATUSES: "CommitmentStatus",
  NEED_THEMES: "Theme",
  REVIEW_TYPES: "ReviewType"
};

/** A test source, by its path inside the project (a fixture project lives under checks/__tests__ itself). */
const isTestSource = (root, file) =>
  /(^|[/\\])(__tests__|tests)[/\\]|Test\.cls$|\.test\.[jt]s$/.test(path.relative(root, file));

/** The text without comments (a label named only in a comment is not used); `//` after a colon or quote is a URL. */
const withoutComments = (text) =>
  text.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, "").replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");

/** The non-test sources of src/core and of the Apex classes. */
function codeSources(root) {
  return [
    ...listFiles(path.join(root, "src/core"), (f) => f.endsWith(".ts")),
    ...listFiles(path.join(root, "force-app/main/default/classes"), (f) => f.endsWith(".cls"))
  ].filter((file) => !isTestSource(root, file));
}

/**
 * Every quoted UPPER_SNAKE literal of src/core and the Apex classes: the codes that can be raised. Refusal codes
 * are raised in many shapes (issue('X', …), found.add('X'), coded('X'), a union of literals), so a code exists
 * while its literal is written in a source that raises it.
 */
function raisedCodes(root) {
  const codes = new Set();
  for (const file of codeSources(root)) {
    for (const match of withoutComments(fs.readFileSync(file, "utf8")).matchAll(
      /["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,})["']/g
    ))
      codes.add(match[1]);
  }
  return [...codes];
}

/** The TypeScript source file, parsed (an Error naming it when it is missing: the family's owner moved). */
function parseTs(file) {
  if (!fs.existsSync(file))
    throw new Error(`${file}: the owner of a label family is missing (moved? update checks/lib/label-families.js)`);
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
}

const stringOf = (node) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;

/** The string literals of a literal type node: "A" | "B", or { <discriminant>: "A"; … } | { … }. */
function literalsOfType(node, discriminant) {
  if (ts.isUnionTypeNode(node)) return node.types.flatMap((member) => literalsOfType(member, discriminant));
  if (ts.isLiteralTypeNode(node)) return [stringOf(node.literal)].filter((v) => v !== null);
  if (ts.isTypeLiteralNode(node) && discriminant) {
    const property = node.members.find((m) => ts.isPropertySignature(m) && m.name.getText() === discriminant);
    return property && property.type ? literalsOfType(property.type, null) : [];
  }
  return [];
}

/**
 * The strings a src/core file declares under a name: `const NAME = ["A", "B"] as const`, `type NAME = "A" | "B"`,
 * `type NAME = { code: "A" } | …` (the discriminant's literals) or `interface NAME { a: T; b: T }` (its property names).
 */
function declaredStrings(file, name, discriminant = null) {
  const source = parseTs(file);
  let found = null;
  const visit = (node) => {
    if (found) return;
    if (ts.isVariableDeclaration(node) && node.name.getText() === name && node.initializer) {
      let init = node.initializer;
      while (ts.isAsExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isArrayLiteralExpression(init)) found = init.elements.map(stringOf).filter((v) => v !== null);
    } else if (ts.isTypeAliasDeclaration(node) && node.name.text === name) {
      found = literalsOfType(node.type, discriminant);
    } else if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
      found = node.members.filter(ts.isPropertySignature).map((m) => m.name.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found || found.length === 0) throw new Error(`${file}: declares no strings under ${name}`);
  return found;
}

const values =
  (name, key = (v) => v) =>
  (root) =>
    declaredStrings(path.join(root, "src/core/values.ts"), name).map(key);
const noSpaces = (value) => value.replace(/\s+/g, "");
const underscores = (value) => value.replace(/\s+/g, "_");

/** The developer names of the Collaboration_Dimension__mdt records: the dimension codes. */
function dimensionCodes(root) {
  const folder = path.join(root, "force-app/main/default/customMetadata");
  return listFiles(folder, (f) => /[/\\]Collaboration_Dimension\.[^/\\]+\.md-meta\.xml$/.test(f)).map(
    (f) => path.basename(f).split(".")[1]
  );
}

/** The stance scale of STAKEHOLDER_RANGES as accordStakeholderView.stanceKey names it: -2 → M2, 0 → 0, 1 → P1. */
function stanceKeys(root) {
  const file = path.join(root, "src/core/stakeholders/validation.ts");
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const range = /\{\s*field:\s*"stance",\s*min:\s*(-?\d+),\s*max:\s*(-?\d+)\s*\}/.exec(text);
  if (!range) throw new Error(`${file}: no stance range in STAKEHOLDER_RANGES`);
  const keys = [];
  for (let stance = Number(range[1]); stance <= Number(range[2]); stance++)
    keys.push(stance < 0 ? `M${-stance}` : stance > 0 ? `P${stance}` : "0");
  return keys;
}

/** The text of an LWC source (an Error naming it when it is missing). */
function lwcSource(root, relative) {
  const file = path.join(root, "force-app/main/default/lwc", relative);
  if (!fs.existsSync(file)) throw new Error(`${file}: the owner of a label family is missing`);
  return fs.readFileSync(file, "utf8");
}

/** The survey's answer scale: `const SCALE = ["1", …]` of accordCollaborationSurvey. */
function surveyScale(root) {
  const match = /const SCALE = \[([^\]]*)\]/.exec(
    lwcSource(root, "accordCollaborationSurvey/accordCollaborationSurvey.js")
  );
  if (!match) throw new Error("accordCollaborationSurvey.js: no SCALE");
  return [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

/** The stakeholder form's fields by label key: `{ name: "x", labelKey: "y" … }` → y, else x. */
function stakeholderFieldKeys(root) {
  const text = lwcSource(root, "accordStakeholderForm/accordStakeholderForm.js");
  return [...text.matchAll(/\{\s*name:\s*"(\w+)"(?:,\s*labelKey:\s*"(\w+)")?/g)].map((m) => m[2] || m[1]);
}

/** The plural forms accordCollaborationIndex/view.js pluralForm returns (the strings in its body). */
function pluralForms(root) {
  const match = /export function pluralForm\([^)]*\)\s*\{([\s\S]*?)\n\}/.exec(
    lwcSource(root, "accordCollaborationIndex/view.js")
  );
  if (!match) throw new Error("accordCollaborationIndex/view.js: no pluralForm");
  return [...new Set([...match[1].matchAll(/"(\w+)"/g)].map((m) => m[1]))];
}

const core = (relative) => (root) => path.join(root, "src/core", relative);
const declared = (relative, name, discriminant) => (root) => declaredStrings(core(relative)(root), name, discriminant);

/**
 * Every family: its label prefix (after Accord_), where its members are declared, how to list them, and whether
 * this check also requires a label for every member (`labelled`; false where tests/model/code-labels.test.js
 * already does, or where the member list is a superset: the literals of raisedCodes). `unlabelled` names the
 * members that are shown otherwise, each with its reason; the check fails when one of them gets a label or is gone.
 */
const FAMILIES = [
  {
    prefix: "Error_",
    owner: "the codes raised in src/core and the Apex classes",
    members: raisedCodes,
    labelled: false
  },
  {
    prefix: "Issue_",
    owner: "the codes raised in src/core and the Apex classes",
    members: raisedCodes,
    labelled: false
  },
  {
    prefix: "Health_",
    owner: "src/core/scores/planHealth.ts HEALTH_CHECK_CODES",
    members: declared("scores/planHealth.ts", "HEALTH_CHECK_CODES"),
    labelled: true
  },
  {
    prefix: "ConfigIssue_",
    owner: "src/core/config/configurationRecords.ts ConfigurationIssueCode",
    members: declared("config/configurationRecords.ts", "ConfigurationIssueCode"),
    labelled: true
  },
  {
    prefix: "ConfigGap_",
    owner: "src/core/config/archetypes.ts ConfigurationGap",
    members: declared("config/archetypes.ts", "ConfigurationGap", "code"),
    labelled: true,
    // resolveArchetype's gap for one account; the console lists findConfigurationGaps, which never raises it.
    unlabelled: ["COUNTRY_NOT_CONFIGURED"]
  },
  {
    prefix: "Coverage_",
    owner: "src/core/scores/stakeholderCoverage.ts CoverageFinding",
    members: declared("scores/stakeholderCoverage.ts", "CoverageFinding", "code"),
    labelled: true,
    // accordStakeholderView.findingAction reads it as Coverage_NotEngaged or Coverage_NeverEngaged (by name).
    unlabelled: ["NotEngagedWithinCadence"]
  },
  {
    prefix: "CollabCard_Roadblock_",
    owner: "src/core/scores/collaborationIndex.ts CollaborationRoadblock",
    members: declared("scores/collaborationIndex.ts", "CollaborationRoadblock", "kind"),
    labelled: true
  },
  {
    prefix: "CollabCard_Benchmark_",
    owner: "src/core/scores/collaborationBenchmark.ts CollaborationBenchmark",
    members: declared("scores/collaborationBenchmark.ts", "CollaborationBenchmark"),
    labelled: true
  },
  {
    prefix: "CollabCard_BenchmarkLine_",
    owner: "accordCollaborationIndex/view.js pluralForm",
    members: pluralForms,
    labelled: true
  },
  {
    prefix: "Portfolio_Quadrant_",
    owner: "src/core/scores/portfolioQuadrant.ts PORTFOLIO_QUADRANTS",
    members: declared("scores/portfolioQuadrant.ts", "PORTFOLIO_QUADRANTS"),
    labelled: true
  },
  ...Object.entries(VALUE_LABEL_PREFIXES).map(([set, prefix]) => ({
    prefix: `${prefix}_`,
    owner: `src/core/values.ts ${set}`,
    members: values(set, labelKey),
    labelled: false
  })),
  {
    prefix: "Doc_Group_",
    owner: "src/core/values.ts NEED_DECISIONS",
    members: values("NEED_DECISIONS"),
    labelled: false
  },
  { prefix: "Language_", owner: "src/core/values.ts LANGUAGES", members: values("LANGUAGES"), labelled: true },
  {
    prefix: "StakeholderRole_",
    owner: "src/core/values.ts STAKEHOLDER_ROLES",
    members: values("STAKEHOLDER_ROLES"),
    labelled: true
  },
  {
    prefix: "DecisionRole_",
    owner: "src/core/values.ts DECISION_ROLES",
    members: values("DECISION_ROLES", noSpaces),
    labelled: true
  },
  {
    prefix: "Function_",
    owner: "src/core/values.ts RESPONDENT_FUNCTIONS",
    members: values("RESPONDENT_FUNCTIONS", noSpaces),
    labelled: true
  },
  {
    prefix: "Audience_",
    owner: "src/core/values.ts DIMENSION_AUDIENCES",
    members: values("DIMENSION_AUDIENCES", underscores),
    labelled: true
  },
  {
    prefix: "Readiness_",
    owner: "src/core/values.ts KAM_READINESS_LEVELS",
    members: values("KAM_READINESS_LEVELS", underscores),
    labelled: true
  },
  {
    prefix: "NominationAction_",
    owner: "src/core/values.ts KEY_ACCOUNT_ACTIONS",
    members: values("KEY_ACCOUNT_ACTIONS"),
    labelled: true
  },
  {
    prefix: "Dimension_",
    owner: "the Collaboration_Dimension records (customMetadata)",
    members: dimensionCodes,
    labelled: true
  },
  {
    prefix: "DimensionHelp_",
    owner: "the Collaboration_Dimension records (customMetadata)",
    members: dimensionCodes,
    labelled: true
  },
  {
    prefix: "Stance_",
    owner: "src/core/stakeholders/validation.ts STAKEHOLDER_RANGES stance",
    members: stanceKeys,
    labelled: true
  },
  { prefix: "Survey_Scale_", owner: "accordCollaborationSurvey.js SCALE", members: surveyScale, labelled: true },
  {
    prefix: "Stakeholder_Field_",
    owner: "accordStakeholderForm.js fields",
    members: stakeholderFieldKeys,
    labelled: true
  }
];

/** The family a short label name (without Accord_) belongs to, by its longest matching prefix. */
function familyOf(shortName, families = FAMILIES) {
  return families
    .filter((family) => shortName.startsWith(family.prefix) && shortName.length > family.prefix.length)
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

module.exports = {
  FAMILIES,
  VALUE_LABEL_PREFIXES,
  declaredStrings,
  familyOf,
  isTestSource,
  withoutComments
};
