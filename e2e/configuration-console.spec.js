"use strict";
// The configuration console (issue 17) on its app page in the preview, against the in-memory metadata store:
// an admin adds a country to an archetype and sees what it inherits, and from where; a weights-sum error blocks the
// save and deploys nothing; a CSV import with a bad row names its file and line and changes nothing.
// With ACCORD_SCREENSHOTS=<folder> each step is photographed (docs/screenshots/config-*.png, docs/admin-guide.md).
const { test, expect } = require("@playwright/test");
const { resetSampleData, captureErrors, seriousAxeViolations, photograph } = require("./support");

const CONSOLE_URL = "/?app=accordConfigurationConsole";

async function shoot(page, name) {
  await photograph(page, `config-${name}.png`, { fullPage: true });
}

test.beforeEach(({ request }) => resetSampleData(request));

async function openConsole(page) {
  await page.goto(CONSOLE_URL);
  const console = page.locator('[data-component="accordConfigurationConsole"]');
  await expect(console.locator('[data-id="countries"]')).toBeVisible();
  return console;
}

test("an admin adds a country to an archetype and sees what it inherits, and from where", async ({ page }) => {
  const errors = captureErrors(page);
  const console = await openConsole(page);
  await expect(console.locator('[data-country="DE"]')).toContainText("Insurance");
  expect(await seriousAxeViolations(page), "axe on the console").toEqual([]);
  await shoot(page, "01-console");

  await console.getByRole("button", { name: "Add country" }).click();
  const form = console.locator('[data-id="country-form"]');
  await form.getByLabel("Country code").fill("pt");
  await form.getByLabel("Name").fill("Portugal");
  await form.getByRole("combobox", { name: "Archetype" }).click();
  await form.getByRole("option", { name: "Regional payers" }).click();
  await form.getByLabel("Review cadence (months)").fill("6");
  await shoot(page, "02-add-country");
  await form.getByRole("button", { name: "Save" }).click();

  // Queued, then deployed: the status is shown until it finishes, and the new row appears.
  await expect(console.locator('[data-id="deployment-text"]')).toHaveText("Saved: the configuration is deployed.");
  await expect(console.locator('[data-country="PT"]')).toContainText("Portugal");
  await expect(console.locator('[data-country="PT"]')).toContainText("Regional payers");

  const inherited = console.locator('[data-id="inheritance"]');
  await expect(inherited).toContainText("What PT inherits, and from where");
  await expect(inherited.locator('[data-id="inherited-archetype"]')).toHaveText("Regional payers");
  await expect(inherited.locator('[data-id="inherited-cadence"]')).toHaveText("6 (Country)");
  // Portugal has no profiles of its own: each required role comes from the archetype or the global model.
  const sources = await inherited.locator('[data-id="inherited-profiles"] tbody td:first-of-type').allInnerTexts();
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) expect(["Archetype", "Global model", "No profile"]).toContain(source);
  await expect(inherited.locator('[data-id="inherited-weights"] tbody tr')).not.toHaveCount(0);
  await shoot(page, "03-inherits");

  // What every other component reads now knows Portugal (the preview's getConfiguration).
  const configuration = await page.request.post("/api/apex/AccordConfigurationController.getConfiguration", {
    data: {}
  });
  const countries = (await configuration.json()).result.countries.map((c) => c.countryCode);
  expect(countries).toContain("PT");
  expect(await seriousAxeViolations(page), "axe with the inheritance panel").toEqual([]);
  expect(errors).toEqual([]);
});

test("a weights-sum error blocks the save: the problem in words, nothing deployed", async ({ page }) => {
  const errors = captureErrors(page);
  const console = await openConsole(page);
  await console.getByRole("tab", { name: "Selection criteria" }).click();
  const first = console.locator('[data-id="criterion-weight"] input').first();
  const before = Number(await first.inputValue());
  await first.fill(String(before + 5));
  await expect(console.locator('[data-id="weight-total"]')).toHaveText("Total: 105 of 100");
  await console.locator('[data-id="save-selection"]').getByRole("button").click();
  const issues = console.locator('[data-id="issues"]');
  await expect(issues).toContainText("Nothing was saved. Fix these first:");
  await expect(issues).toContainText("Selection_Criterion: the criterion weights add up to 105");
  await expect(console.locator('[data-id="deployment"]')).toHaveCount(0);
  await shoot(page, "04-weights-error");

  // The server refuses the same records on its own (the browser check is not the only guard).
  const records = (
    await (
      await page.request.post("/api/apex/AccordConfigurationAdminController.getConfigurationRecords", { data: {} })
    ).json()
  ).result;
  const criterion = records.find((r) => r.type === "Selection_Criterion");
  const refused = await page.request.post("/api/apex/AccordConfigurationAdminController.deployConfiguration", {
    data: { recordsJson: JSON.stringify([{ ...criterion, values: { ...criterion.values, Weight__c: "99" } }]) }
  });
  expect(refused.status()).toBe(400);
  expect(JSON.parse((await refused.json()).message).code).toBe("INVALID_CONFIGURATION");
  expect(await seriousAxeViolations(page), "axe with the issues shown").toEqual([]);
  expect(errors).toEqual([]);
});

test("a CSV import with a bad row names its file and line and changes nothing", async ({ page }) => {
  const console = await openConsole(page);
  const csv =
    "DeveloperName,Label,Country_Code__c,Archetype__c,Kam_Readiness__c,Pull_Through_Strategy__c,Review_Cadence_Months__c,Review_Earliest_Months__c\r\n" +
    "PT,Portugal,PT,Regional_Payers,Developing,,6,\r\n" +
    "FI,Finland,FI,Nordic,Developing,,12,\r\n";
  await console
    .locator('[data-id="import"] input[type="file"]')
    .setInputFiles({ name: "Country_Setting.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(console.locator('[data-id="issues"]')).toContainText(
    "Country_Setting.csv, line 3: Country_Setting.FI: Archetype__c names Nordic"
  );
  await expect(console.locator('[data-country="PT"]')).toHaveCount(0);
  await expect(console.locator('[data-id="deployment"]')).toHaveCount(0);
  await shoot(page, "05-csv-error");
});
