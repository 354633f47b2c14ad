"use strict";
// The stakeholder map in the browser (issue 15): adding a stakeholder under a manager, a reporting cycle refused with
// its names, each country's own role profile (German Head of Pharmacy in German, Korean in Korean), coverage that
// follows a required role, axe, and no sideways scroll on a 375 px phone. Each test starts from fresh sample data.

const { test, expect } = require("@playwright/test");
const {
  resetSampleData,
  captureErrors,
  pageWidths,
  recordPageUrl,
  sampleAccounts,
  seriousAxeViolations,
  choose
} = require("./support");

test.beforeEach(({ request }) => resetSampleData(request));

async function accountIn(request, countryCode) {
  const account = (await sampleAccounts(request)).find((a) => a.countryCode === countryCode);
  expect(account, `a sample account in ${countryCode}`).toBeTruthy();
  return account;
}

/** The map as the server returns it, in a language (the preview reads it from the calling page's ?lang=). */
async function stakeholderMap(request, accountId, lang = "en_US") {
  const response = await request.post("/api/apex/AccordStakeholderController.getStakeholderMap", {
    data: { accountId },
    headers: { referer: `http://127.0.0.1/?lang=${lang}` }
  });
  expect(response.ok()).toBeTruthy();
  return (await response.json()).result;
}

/** The account's page with the map and the coverage card loaded (the other components are other tests' concern). */
async function openMap(page, accountId, options) {
  await page.goto(recordPageUrl(accountId, options));
  await expect(page.locator('[data-id="record-page"]')).toBeVisible();
  for (const name of ["accordStakeholderMap", "accordStakeholderCoverage"]) {
    const section = page.locator(`[data-component="${name}"]`);
    await expect(section.locator('[data-id="loading"]'), `${name} finishes loading`).toHaveCount(0);
    await expect(section.getByRole("alert"), `${name} shows no error`).toHaveCount(0);
  }
  return page.locator('[data-component="accordStakeholderMap"]');
}

const node = (map, name) => map.locator(".node").filter({ hasText: name });

test("a stakeholder added under a manager appears below them, with a new contact and its title", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  const account = await accountIn(request, "DE");
  const map = await openMap(page, account.id);
  await expect(node(map, "Katharina Weber")).toBeVisible();
  await map.locator('[data-id="add"]').click();
  const form = map.locator('[data-id="stakeholder-form"]');
  await choose(form, "contact", "New contact");
  await form.locator('[data-id="first-name"] input').fill("Jana");
  await form.locator('[data-id="last-name"] input').fill("Neumann");
  await form.locator('[data-id="title"] input').fill("Leiterin Patientenmanagement");
  await choose(form, "role", "Quality and Outcomes Lead");
  await choose(form, "manager", "Katharina Weber");
  await form.locator('[data-id="save"] button').click();
  await expect(form).toHaveCount(0);

  const added = node(map, "Jana Neumann");
  await expect(added).toContainText("Leiterin Patientenmanagement");
  await expect(added).toContainText("Quality and Outcomes Lead");
  const weberTop = await node(map, "Katharina Weber").evaluate((el) => el.getBoundingClientRect().top);
  const addedTop = await added.evaluate((el) => el.getBoundingClientRect().top);
  expect(addedTop, "the new person sits below their manager").toBeGreaterThan(weberTop);

  const stored = await stakeholderMap(request, account.id);
  const weber = stored.stakeholders.find((s) => s.name === "Katharina Weber");
  const neumann = stored.stakeholders.find((s) => s.name === "Jana Neumann");
  expect(neumann.reportsToId).toBe(weber.id);
  expect(neumann.title).toBe("Leiterin Patientenmanagement");
  expect(errors).toEqual([]);
});

test("dragging a person onto another makes that person their manager", async ({ page, request }) => {
  const errors = captureErrors(page);
  const account = await accountIn(request, "DE");
  const map = await openMap(page, account.id);
  await node(map, "Andrea Becker").dragTo(node(map, "Thomas Brandt"));
  await expect
    .poll(async () => {
      const { stakeholders } = await stakeholderMap(request, account.id);
      const id = (name) => stakeholders.find((s) => s.name === name);
      return id("Andrea Becker").reportsToId === id("Thomas Brandt").id;
    }, "Andrea Becker now reports to Thomas Brandt")
    .toBe(true);
  const brandtTop = await node(map, "Thomas Brandt").evaluate((el) => el.getBoundingClientRect().top);
  const beckerTop = await node(map, "Andrea Becker").evaluate((el) => el.getBoundingClientRect().top);
  expect(beckerTop, "she sits below her new manager").toBeGreaterThan(brandtTop);
  expect(errors).toEqual([]);
});

test("a reporting cycle is refused with the circle's names, and nothing is saved", async ({ page, request }) => {
  const account = await accountIn(request, "DE");
  const before = await stakeholderMap(request, account.id);
  const weber = before.stakeholders.find((s) => s.name === "Katharina Weber");
  const brandt = before.stakeholders.find((s) => s.name === "Thomas Brandt");
  expect(brandt.reportsToId, "premise: Thomas Brandt reports to Katharina Weber").toBe(weber.id);

  const map = await openMap(page, account.id);
  await node(map, "Katharina Weber").click();
  await map.locator('[data-id="profile-edit"] button').click();
  const form = map.locator('[data-id="stakeholder-form"]');
  await choose(form, "manager", "Thomas Brandt");
  await form.locator('[data-id="save"] button').click();
  await expect(form.locator('[data-id="form-error"]')).toContainText(
    "This reporting line goes round in a circle: Katharina Weber → Thomas Brandt → Katharina Weber. Pick a manager outside it."
  );

  // The server refuses it too (a client that skips the check), in the user's language, and stores nothing.
  const response = await request.post("/api/apex/AccordStakeholderController.saveStakeholder", {
    data: { stakeholderJson: JSON.stringify({ ...weber, newContact: null, reportsToId: brandt.id }) },
    headers: { referer: "http://127.0.0.1/?lang=de" }
  });
  expect(response.status()).toBe(400);
  const body = JSON.parse((await response.json()).message);
  expect(body.code).toBe("REPORTING_CYCLE");
  expect(body.message).toBe(
    "Diese Berichtslinie führt im Kreis: Katharina Weber → Thomas Brandt → Katharina Weber. Wählen Sie eine vorgesetzte Person außerhalb davon."
  );
  const after = await stakeholderMap(request, account.id);
  expect(after.stakeholders.find((s) => s.id === weber.id).reportsToId).toBeNull();
});

test("the German account shows the German Head of Pharmacy profile, the Korean account the Korean one", async ({
  page,
  request
}) => {
  for (const { country, lang, source } of [
    { country: "DE", lang: "de", source: "Quelle: Länderprofil (DE)" },
    { country: "KR", lang: "ko", source: "출처: 국가 프로필(KR)" }
  ]) {
    const account = await accountIn(request, country);
    const expected = (await stakeholderMap(request, account.id, lang)).profiles.find(
      (p) => p.roleCode === "Pharmacy_Director"
    );
    expect(expected, `${country} has a Head of Pharmacy profile`).toMatchObject({ level: "Country", language: lang });
    const map = await openMap(page, account.id, { lang });
    const pharmacist = map.locator(".node", {
      hasText: lang === "de" ? "Leitung Krankenhausapotheke" : "약제부장"
    });
    await pharmacist.first().click();
    const panel = map.locator('[data-id="role-profile"]');
    await expect(panel.locator('[data-id="approach"]')).toHaveText(expected.approach);
    await expect(panel.locator('[data-id="priorities"]')).toHaveText(expected.priorities);
    await expect(panel.locator('[data-id="avoid"]')).toHaveText(expected.whatToAvoid);
    await expect(panel.locator('[data-id="profile-source"]')).toHaveText(source);
  }
});

test("the sample relationship owners: the Korean hospital's coverage names its key-person risk, the others not", async ({
  page,
  request
}) => {
  for (const country of ["KR", "DE", "US", "JP"]) {
    const account = await accountIn(request, country);
    const { coverage, stakeholders } = await stakeholderMap(request, account.id);
    expect(
      stakeholders.every((s) => s.relationshipOwnerName),
      `every ${country} sample stakeholder has an owner`
    ).toBe(true);
    expect(coverage.keyPersonRisk, `key-person risk in ${country}`).toBe(country === "KR");
  }
  const korean = await accountIn(request, "KR");
  await openMap(page, korean.id);
  const actions = page.locator('[data-component="accordStakeholderCoverage"] [data-id="actions"]');
  await expect(actions).toContainText("Preview User holds 72% of the influence-weighted relationships");
});

test("the plan workspace has the account's stakeholder map as a section, left out while the screen faces the customer", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  const account = await accountIn(request, "DE");
  await page.goto(recordPageUrl(account.id));
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  await workspace.getByRole("tab", { name: "Stakeholders" }).click();
  const section = workspace.locator("c-accord-stakeholder-map");
  await expect(section.locator('[data-id="loading"]')).toHaveCount(0);
  const names = (await stakeholderMap(request, account.id)).stakeholders.length;
  expect(names, "the German sample account has stakeholders").toBeGreaterThan(0);
  await expect(section.locator(".node").first()).toBeVisible();
  await expect(section.locator('[data-id="role-profile"]')).toBeVisible();
  expect(await seriousAxeViolations(page), "axe with the map in the workspace").toEqual([]);

  await workspace.getByText("Show to customer").click();
  await expect(workspace.getByRole("tab", { name: "Stakeholders" })).toHaveCount(0);
  await expect(workspace.locator("c-accord-stakeholder-map")).toHaveCount(0);
  expect(errors, "no console errors").toEqual([]);
});

test("coverage follows a required role: missing when its only holder changes role, covered once one is added", async ({
  page,
  request
}) => {
  const account = await accountIn(request, "DE");
  const map = await openMap(page, account.id);
  const coverage = page.locator('[data-component="accordStakeholderCoverage"]');
  const nursing = coverage.locator('[data-role="Nursing_Lead"]');
  await expect(nursing).toContainText("Covered");

  await node(map, "Andrea Becker").click();
  await map.locator('[data-id="profile-edit"] button').click();
  let form = map.locator('[data-id="stakeholder-form"]');
  await choose(form, "role", "Quality and Outcomes Lead");
  await form.locator('[data-id="save"] button').click();
  await expect(nursing).toContainText("Missing");
  await expect(coverage.locator('[data-id="actions"]')).toContainText("Add a Head of Nursing.");

  await map.locator('[data-id="add"]').click();
  form = map.locator('[data-id="stakeholder-form"]');
  await choose(form, "contact", "New contact");
  await form.locator('[data-id="last-name"] input').fill("Vogel");
  await choose(form, "role", "Head of Nursing");
  await choose(form, "manager", "Michael Schneider");
  await form.locator('[data-id="save"] button').click();
  await expect(nursing).toContainText("Covered");
  await expect(coverage.locator('[data-id="actions"]')).not.toContainText("Add a Head of Nursing.");
});

test("the map and coverage pass axe on desktop (chart, list) and phone, and the phone never scrolls sideways", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  const account = await accountIn(request, "KR");
  let map = await openMap(page, account.id);
  await map.locator(".node").first().click();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await map.locator('[data-id="view"] label', { hasText: "List" }).click();
  await expect(map.locator('[data-id="list"]')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 375, height: 812 });
  map = await openMap(page, account.id, { formFactor: "Small" });
  await expect(map.locator('[data-id="list"]')).toBeVisible();
  await expect(map.locator("c-accord-stakeholder-chart")).toHaveCount(0);
  await expect(map.locator("lightning-datatable")).toHaveCount(0);
  await map.locator('[data-id="add"]').click();
  await expect(map.locator('[data-id="stakeholder-form"]')).toBeVisible();
  const widths = await pageWidths(page);
  expect(widths.scroll, "the page does not scroll sideways at 375 px").toBeLessThanOrEqual(widths.client);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(errors, "no console errors on desktop or phone").toEqual([]);
});
