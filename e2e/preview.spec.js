"use strict";
// The preview loads cleanly and shows every record-page component for every sample account, on desktop and
// in the phone view, in each language.

const path = require("node:path");
const { test, expect } = require("@playwright/test");
const {
  COMPONENTS,
  ROOT,
  sampleAccounts,
  accountWithPlans,
  captureErrors,
  recordPageUrl,
  planPageUrl,
  waitForComponents,
  expectEverySectionFits,
  headerPeriod
} = require("./support");
const { readLabelCatalog } = require("../preview/build/labels");

test("at least one component is exposed on Account record pages", () => {
  expect(COMPONENTS.map((c) => c.name)).toContain("accordAccountSummary");
});

test("the preview loads with no console errors, for every sample account, desktop and phone", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  for (const account of await sampleAccounts(request)) {
    await page.goto(recordPageUrl(account.id));
    await waitForComponents(page);
    await page.goto(recordPageUrl(account.id, { formFactor: "Small" }));
    await waitForComponents(page);
  }
  expect(errors).toEqual([]);
});

/** What each record-page component must show for an account: its own data, not just any text. */
const SHOWS = {
  accordAccountSummary: async (section, account) => {
    await expect(section.locator('[data-id="name"]')).toHaveText(account.name);
  },
  accordPlanWorkspace: async (section, account, workspace) => {
    if (workspace.plan === null) {
      await expect(section.locator('[data-id="create-plan"] h2')).toHaveText("Start the customer account plan");
      return;
    }
    const { periodStart, periodEnd, status, version } = workspace.plan;
    await expect(section.locator('[data-id="header-account"]')).toHaveText(account.name);
    await expect(section.locator('[data-id="header-period"]')).toHaveText(headerPeriod(periodStart, periodEnd));
    await expect(section.locator('[data-id="header-status"]')).toHaveText(status);
    await expect(section.locator('[data-id="header-version"]')).toHaveText(String(version));
  },
  accordStakeholderMap: async (section, account, workspace) => {
    // Every stakeholder of the account is on the chart, under a manager or in the not-placed lane.
    const people = section.locator('[data-node="true"], [data-id="not-placed"] li');
    await expect(people).toHaveCount(workspace.stakeholders.length);
  },
  accordCollaborationSurvey: async (section) => {
    await expect(section.locator('[data-id="period"]')).toContainText(/\d{4}/);
    await expect(section.locator("li.question").first()).toBeVisible();
  },
  accordCollaborationIndex: async (section) => {
    // Every sample account has submitted assessments: the customer index or "Not scored" is the headline.
    await expect(section.locator('[data-id="customer-index"]')).toHaveText(/^(\d+(\.\d)?|Not scored)$/);
  },
  accordKeyAccountSelection: async (section) => {
    // The tier the ratings give (or none yet), and every configured criterion to rate.
    await expect(section.locator('[data-id="tier"]')).toHaveText(/^(A|B|C|Not scored yet)$/);
    await expect(section.locator("[data-criterion]").first()).toBeVisible();
  },
  accordStakeholderCoverage: async (section) => {
    await expect(section.locator('[data-id="score"]')).toHaveText(/^\d+(\.\d)?$/);
    await expect(section.locator('[data-id="roles"] li').first()).toBeVisible();
  }
};

test("every component renders for every sample account", async ({ page, request }) => {
  const accounts = await sampleAccounts(request);
  let withPlan = 0;
  for (const account of accounts) {
    const workspace = (
      await (
        await request.post("/api/apex/AccordPlanController.getWorkspace", { data: { accountId: account.id } })
      ).json()
    ).result;
    if (workspace.plan) withPlan += 1;
    await page.goto(recordPageUrl(account.id));
    await waitForComponents(page);
    await expect(page.locator('[data-id="record-name"]')).toHaveText(account.name);
    for (const { name } of COMPONENTS) {
      const section = page.locator(`[data-component="${name}"]`);
      await expect(section.getByRole("alert"), `${name} shows no error for ${account.name}`).toHaveCount(0);
      expect(SHOWS[name], `this test knows what ${name} must show`).toBeTruthy();
      await SHOWS[name](section, account, workspace);
    }
  }
  // The sample covers both states of the workspace: a plan and no plan yet.
  expect(withPlan).toBeGreaterThan(0);
  expect(withPlan).toBeLessThan(accounts.length);
});

test("the account summary shows the account's name, country, tier and scores from the server", async ({
  page,
  request
}) => {
  for (const account of await sampleAccounts(request)) {
    await page.goto(recordPageUrl(account.id));
    const summary = page.locator('[data-component="accordAccountSummary"]');
    await expect(summary.locator('[data-id="name"]')).toHaveText(account.name);
    await expect(summary.locator('[data-id="country"]')).toContainText(`(${account.countryCode})`);
    // Every sample account is scored: tier, priority and collaboration index are all shown, rounded to whole points.
    expect(account.tier, `${account.name} has a tier`).toMatch(/^[ABC]$/);
    expect(typeof account.priorityScore, `${account.name} has a priority score`).toBe("number");
    expect(typeof account.collaborationIndex, `${account.name} has a collaboration index`).toBe("number");
    await expect(summary.locator('[data-id="tier"]')).toHaveText(account.tier);
    await expect(summary.locator('[data-id="priority"]')).toHaveText(String(Math.round(account.priorityScore)));
    await expect(summary.locator('[data-id="collaboration"]')).toHaveText(
      String(Math.round(account.collaborationIndex))
    );
  }
});

for (const lang of ["de", "ja", "ko"]) {
  test(`the language switch shows ${lang} labels and locale`, async ({ page, request }) => {
    const [account] = await sampleAccounts(request);
    const catalog = readLabelCatalog(ROOT);
    const expected = (catalog.translations[lang] || {}).Accord_AccountSummary_Title;
    expect(expected, `translations/${lang}.translation-meta.xml translates the summary title`).toBeTruthy();
    expect(expected).not.toBe(catalog.en.Accord_AccountSummary_Title);
    await page.goto(recordPageUrl(account.id));
    await page.getByLabel("Language", { exact: true }).selectOption(lang);
    await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const summary = page.locator('[data-component="accordAccountSummary"]');
    await expect(summary.getByRole("heading", { name: expected })).toBeVisible();
    // The country name comes from the browser's locale data in the chosen language.
    const countryInLanguage = new Intl.DisplayNames([lang], { type: "region" }).of(account.countryCode);
    await expect(summary.locator('[data-id="country"]')).toContainText(countryInLanguage);
  });
}

test("the phone view shows the record page at phone width in the mobile layout", async ({ page, request }) => {
  const [account] = await sampleAccounts(request);
  await page.goto(recordPageUrl(account.id));
  await page.getByLabel("View", { exact: true }).selectOption("phone");
  const frameElement = page.locator('[data-id="phone-frame"] iframe');
  await expect(frameElement).toBeVisible();
  const box = await frameElement.boundingBox();
  expect(Math.round(box.width)).toBe(375);
  const phone = page.frameLocator('[data-id="phone-frame"] iframe');
  await expect(phone.locator('[data-id="record-page"]')).toHaveAttribute("data-form-factor", "Small");
  await waitForComponents(phone);
  // One column: every component starts at the same left edge and is as wide as the screen allows.
  const boxes = [];
  for (const { name } of COMPONENTS) boxes.push(await phone.locator(`[data-component="${name}"]`).boundingBox());
  const lefts = new Set(boxes.map((b) => Math.round(b.x)));
  expect(lefts.size).toBe(1);
  for (const b of boxes) expect(b.width).toBeGreaterThan(375 - 40);
  // Nothing wider than the screen, in every section of the workspace (chosen with the section picker).
  await expectEverySectionFits(phone);
});

test("a plan's record page shows that plan, and the account's other plans open on their record page", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  const account = await accountWithPlans(request);
  const [newest, older] = account.plans;
  const period = (plan) => `${plan.periodStart} – ${plan.periodEnd}`;
  const shownPeriod = (plan) => headerPeriod(plan.periodStart, plan.periodEnd);

  // The Account page shows the newest plan and lists the older one.
  await page.goto(recordPageUrl(account.id));
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  await expect(workspace.locator('[data-id="header-period"]')).toHaveText(shownPeriod(newest));
  const openOlder = workspace.locator('[data-id="open-plan"]').filter({ hasText: shownPeriod(older) });
  await expect(openOlder).toHaveCount(1);

  // Opening it navigates to the older plan's record page, which shows that plan and lists the newest.
  await openOlder.click();
  await expect(page).toHaveURL(new RegExp(`[?&]plan=${older.id}`));
  await expect(page.locator('[data-id="record-page"] [data-id="record-name"]')).toContainText(period(older));
  await expect(page.getByLabel("Record page", { exact: true })).toHaveValue(older.id);
  await expect(workspace.locator('[data-id="header-period"]')).toHaveText(shownPeriod(older));
  await expect(workspace.locator('[data-id="header-version"]')).toHaveText(String(older.version));
  await expect(workspace.getByRole("alert")).toHaveCount(0);
  const openNewest = workspace.locator('[data-id="open-plan"]').filter({ hasText: shownPeriod(newest) });
  await expect(openNewest).toHaveCount(1);
  await openNewest.click();
  await expect(page).toHaveURL(new RegExp(`[?&]plan=${newest.id}`));
  await expect(workspace.locator('[data-id="header-period"]')).toHaveText(shownPeriod(newest));

  // The shell's record picker goes back to the Account page.
  await page.getByLabel("Record page", { exact: true }).selectOption("");
  await expect(page).not.toHaveURL(/[?&]plan=/);
  await expect(page.locator('[data-id="record-name"]')).toHaveText(account.name);
  expect(errors).toEqual([]);
});

test("on a phone the plan record page fits the screen in every section", async ({ page, request }) => {
  const account = await accountWithPlans(request);
  await page.setViewportSize({ width: 375, height: 760 });
  await page.goto(planPageUrl(account.plans[1].id, { formFactor: "Small" }));
  await expect(page.locator('[data-id="record-page"]')).toHaveAttribute("data-form-factor", "Small");
  await expect(page.locator('[data-component="accordPlanWorkspace"] [data-id="header-period"]')).toBeVisible();
  await expectEverySectionFits(page);
});

test("a component shows the server's error when the account does not exist", async ({ page }) => {
  await page.goto(recordPageUrl("001000000000999AAA"));
  const summary = page.locator('[data-component="accordAccountSummary"]');
  await expect(summary.getByRole("alert")).toContainText("No account with Id 001000000000999AAA");
  await expect(summary.getByRole("button", { name: "Try again" })).toBeVisible();
});

test("the preview is built from force-app: an unresolved import fails the build", async () => {
  const { salesforceModules } = require("../preview/build/salesforceModules");
  const plugin = salesforceModules({ root: ROOT });
  const context = {
    addWatchFile() {},
    error(message) {
      throw new Error(message);
    }
  };
  plugin.buildStart.call(context);
  const importer = path.join(ROOT, "force-app/main/default/lwc/accordAccountSummary/accordAccountSummary.js");
  expect(() => plugin.resolveId.call(context, "@salesforce/label/c.Accord_No_Such_Label", importer)).toThrow(
    /no custom label Accord_No_Such_Label/
  );
  expect(() => plugin.resolveId.call(context, "@salesforce/apex/AccordPlanController.noSuchMethod", importer)).toThrow(
    /not a method of ApexContract/
  );
  expect(() => plugin.resolveId.call(context, "c/accordNoSuchComponent", importer)).toThrow(/no force-app/);
  expect(() =>
    plugin.resolveId.call(context, "@salesforce/schema/Country_Setting__mdt.No_Such_Field__c", importer)
  ).toThrow(/unknown field Country_Setting__mdt.No_Such_Field__c/);
  expect(() => plugin.resolveId.call(context, "@salesforce/schema/No_Such_Object__c.Name", importer)).toThrow(
    /unknown object No_Such_Object__c/
  );
});
