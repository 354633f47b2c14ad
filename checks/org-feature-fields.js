"use strict";
// Org-feature field check: standard fields that exist only when an org feature is switched on
// must not be named where Apex compiles them, or the package fails to deploy into every org
// without the feature. Named means: in static SOQL (any clause), as a field reference or token
// (`account.BillingCountryCode`, `Schema.Account.BillingCountryCode`) and in an SObject
// constructor (`new Account(BillingCountryCode = 'DE')`). Reading such a field through a string
// (`record.get('BillingCountryCode')`, dynamic SOQL) after a describe check is the way to do it;
// for the account country that is AccordCountryCodes. Parsed with apex-parser; without type
// information a field reference is judged by its name, which is distinctive for these fields.

const fs = require("node:fs");
const path = require("node:path");
const { parseApexFile } = require("./lib/apex-parse");
const { ROOT, finding, runCheck } = require("./lib/findings");
const { listFiles } = require("./lib/files");

/** The org features, the field names that need them and what to do instead. */
const FEATURES = [
  {
    feature: "State and Country/Territory Picklists",
    // Bare StateCode/CountryCode (Lead, User, …) only in SOQL, where no Apex property can be meant.
    matches: (name, inSoql) =>
      /^(Billing|Shipping|Mailing|Other|PersonMailing|PersonOther)(State|Country)Code$/i.test(name) ||
      (inSoql && /^(State|Country)Code$/i.test(name)),
    instead: (name) =>
      `use AccordCountryCodes.codeOf(account) for an account's country; anything else describe-guarded with record.get('${name}')`
  },
  {
    feature: "multiple currencies",
    matches: (name) => /^CurrencyIsoCode$/i.test(name),
    instead: (name) => `read it with record.get('${name}') only when UserInfo.isMultiCurrencyOrganization()`
  },
  {
    feature: "Person Accounts",
    matches: (name) => /^(IsPersonAccount|Person[A-Za-z]\w*|\w+__pc|\w+__pr)$/i.test(name),
    instead: (name) =>
      `read it with record.get('${name}') only when Schema.SObjectType.Account.fields.getMap() contains it`
  }
];
// Account fields that exist only with Person Accounts (Contact has them always): SOQL FROM Account.
const PERSON_ACCOUNT_NAME_FIELDS = /^(FirstName|LastName|MiddleName|Suffix|Salutation)$/i;
const PERSON_ACCOUNTS = FEATURES[2];

function featureOf(name, inSoql, fromObject) {
  const found = FEATURES.find((f) => f.matches(name, inSoql));
  if (found) return found;
  if (inSoql && /^account$/i.test(fromObject || "") && PERSON_ACCOUNT_NAME_FIELDS.test(name)) return PERSON_ACCOUNTS;
  return null;
}

const type = (node) => node.constructor.name;
const isQuery = (node) => type(node) === "QueryContext" || type(node) === "SubQueryContext";

/** The object a query or sub-query reads FROM, as written. */
function fromObjectOf(queryNode) {
  const from = queryNode.fromNameList && queryNode.fromNameList();
  return from ? from.fieldName(0).getText() : null;
}

/** Every place in one parse tree that names a field: SOQL field names, field references, name=value pairs. */
function namedFields(tree) {
  const uses = [];
  const visit = (node, query) => {
    if (!node.children) return;
    const kind = type(node);
    if (isQuery(node)) query = node;
    if (kind === "FromNameListContext") return;
    if (kind === "FieldNameContext" && query) {
      for (const id of node.soqlId_list()) {
        uses.push({
          name: id.getText(),
          line: id.start.line,
          inSoql: true,
          from: fromObjectOf(query),
          how: "static SOQL"
        });
      }
      return;
    }
    if (kind === "DotExpressionContext") {
      const last = node.children[node.children.length - 1];
      if (type(last) === "AnyIdContext") {
        uses.push({ name: last.getText(), line: last.start.line, how: `field reference '${node.getText()}'` });
      }
    }
    if (kind === "ClassCreatorRestContext") {
      const list = node.arguments().expressionList();
      for (const argument of list ? list.expression_list() : []) {
        const target = type(argument) === "AssignExpressionContext" ? argument.children[0] : null;
        if (target && type(target) === "PrimaryExpressionContext") {
          uses.push({
            name: target.getText(),
            line: target.start.line,
            how: `constructor argument '${argument.getText()}'`
          });
        }
      }
    }
    for (const child of node.children) visit(child, query);
  };
  visit(tree, null);
  return uses;
}

function checkFile(file) {
  const { tree, errors } = parseApexFile(file);
  if (errors.length > 0) return errors;
  const findings = [];
  for (const use of namedFields(tree)) {
    const feature = featureOf(use.name, use.inSoql, use.from);
    if (!feature) continue;
    findings.push(
      finding(
        file,
        use.line,
        `${use.name} in ${use.how} exists only where ${feature.feature} are enabled (the class fails to compile ` +
          `elsewhere): ${feature.instead(use.name)}`
      )
    );
  }
  return findings;
}

/** @param {string} projectDir folder holding force-app (and config/starter) */
function checkOrgFeatureFields(projectDir = ROOT) {
  const roots = ["force-app", "config/starter"].map((d) => path.join(projectDir, d)).filter(fs.existsSync);
  return roots.flatMap((root) => listFiles(root, (f) => /\.(cls|trigger)$/.test(f))).flatMap(checkFile);
}

module.exports = { checkOrgFeatureFields };

if (require.main === module) {
  runCheck("no org-feature fields named in Apex", () => checkOrgFeatureFields(process.argv[2]));
}
