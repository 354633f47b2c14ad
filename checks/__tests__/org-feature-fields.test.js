"use strict";
// The org-feature field check rejects the original country-code reads (five places in three
// classes) and every kind of use it knows (SOQL clauses, tokens, reads, constructors) with file and
// line, leaves Apex properties and dynamic reads alone, and passes the real tree.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { formatFinding, ROOT } = require("../lib/findings");
const { checkOrgFeatureFields } = require("../org-feature-fields");

const FIXTURES = path.join(__dirname, "fixtures");
const CLASSES = "force-app/main/default/classes";
const lines = (fixture) => checkOrgFeatureFields(path.join(FIXTURES, fixture)).map((f) => formatFinding(f, FIXTURES));

const PICKLISTS = (name) =>
  "exists only where State and Country/Territory Picklists are enabled (the class fails to compile elsewhere): " +
  `use AccordCountryCodes.codeOf(account) for an account's country; anything else describe-guarded with record.get('${name}')`;
const CURRENCY = (name) =>
  "exists only where multiple currencies are enabled (the class fails to compile elsewhere): " +
  `read it with record.get('${name}') only when UserInfo.isMultiCurrencyOrganization()`;
const PERSON = (name) =>
  "exists only where Person Accounts are enabled (the class fails to compile elsewhere): " +
  `read it with record.get('${name}') only when Schema.SObjectType.Account.fields.getMap() contains it`;

test("org-feature check rejects the original BillingCountryCode uses in the selector and both services", () => {
  const dir = `org-feature-fields-country-code/${CLASSES}`;
  const read = `BillingCountryCode in field reference 'account.BillingCountryCode' ${PICKLISTS("BillingCountryCode")}`;
  assert.deepEqual(lines("org-feature-fields-country-code"), [
    `${dir}/AccordAccountSelector.cls:8: BillingCountryCode in static SOQL ${PICKLISTS("BillingCountryCode")}`,
    `${dir}/AccordAccountSelector.cls:24: BillingCountryCode in static SOQL ${PICKLISTS("BillingCountryCode")}`,
    `${dir}/AccordPlanService.cls:54: ${read}`,
    `${dir}/AccordPlanService.cls:83: ${read}`,
    `${dir}/AccordScoreService.cls:87: ${read}`
  ]);
});

test("org-feature check finds tokens, constructors, safe navigation, person fields and SOQL clauses", () => {
  const file = `org-feature-fields-kinds/${CLASSES}/AccordFeatureUses.cls`;
  assert.deepEqual(lines("org-feature-fields-kinds"), [
    `${file}:7: ShippingStateCode in field reference 'Schema.Account.ShippingStateCode' ${PICKLISTS("ShippingStateCode")}`,
    `${file}:8: MailingCountryCode in constructor argument 'MailingCountryCode='DE'' ${PICKLISTS("MailingCountryCode")}`,
    `${file}:9: currencyisocode in field reference 'account.currencyisocode' ${CURRENCY("currencyisocode")}`,
    `${file}:10: IsPersonAccount in field reference 'account?.IsPersonAccount' ${PERSON("IsPersonAccount")}`,
    `${file}:11: PersonEmail in field reference 'account.PersonEmail' ${PERSON("PersonEmail")}`,
    `${file}:12: Favourite_Colour__pc in field reference 'account.Favourite_Colour__pc' ${PERSON("Favourite_Colour__pc")}`,
    // FirstName FROM Account needs Person Accounts; LastName in the Contacts sub-query and FROM Contact does not.
    `${file}:14: FirstName in static SOQL ${PERSON("FirstName")}`,
    `${file}:16: BillingStateCode in static SOQL ${PICKLISTS("BillingStateCode")}`,
    `${file}:16: CountryCode in static SOQL ${PICKLISTS("CountryCode")}`
  ]);
});

test("org-feature check passes the real tree: the account country is read through AccordCountryCodes", () => {
  assert.deepEqual(
    checkOrgFeatureFields(ROOT).map((f) => formatFinding(f)),
    []
  );
});
