"use strict";
/* global window, document -- seriousAxeViolations evaluates in the page */
// Shared helpers of the browser tests: sample accounts, the components the preview places, console
// error capture, waiting for components to settle, and the axe-core scan.

const fs = require("node:fs");
const path = require("node:path");
const { expect } = require("@playwright/test");
const { findRecordPageComponents } = require("../preview/build/recordPageComponents");

const ROOT = path.resolve(__dirname, "..");
const AXE_PATH = path.join(ROOT, "node_modules/axe-core/axe.min.js");

/** Bundles exposed on Account record pages: the preview must place and render every one. */
const ONLY = (process.env.ACCORD_PREVIEW_COMPONENTS || "").split(",").filter(Boolean);
const COMPONENTS = findRecordPageComponents(path.join(ROOT, "force-app/main/default/lwc")).filter(
  (c) => ONLY.length === 0 || ONLY.includes(c.name)
);

async function sampleAccounts(request) {
  const response = await request.get("/preview/api/accounts");
  expect(response.ok(), "the preview server lists the sample accounts").toBeTruthy();
  const { result } = await response.json();
  expect(result.length, "data/sample-tree has sample accounts").toBeGreaterThan(0);
  return result;
}

/** Reseeds the preview server's sample data (POST /preview/api/reset): each journey starts from the same sample. */
async function resetSampleData(request) {
  const response = await request.post("/preview/api/reset");
  expect(response.ok(), "the preview server reseeds the sample data").toBeTruthy();
}

/** The sample account whose name matches `namePattern`. */
async function sampleAccount(request, namePattern) {
  const account = (await sampleAccounts(request)).find((a) => namePattern.test(a.name));
  expect(account, `a sample account matching ${namePattern}`).toBeTruthy();
  return account;
}

/**
 * Opens the record page of the sample account matching `namePattern` (`options` as recordPageUrl takes them) and
 * waits until every component has loaded; returns the account and its plan workspace.
 */
async function openAccountPage(page, request, namePattern, options = {}) {
  const account = await sampleAccount(request, namePattern);
  await page.goto(recordPageUrl(account.id, options));
  await waitForComponents(page);
  return { account, workspace: page.locator('[data-component="accordPlanWorkspace"]') };
}

/** Sample accounts the plan journeys open (data/): the German hospital's plan is Agreed, the Korean hospital's In Review. */
const GERMAN_HOSPITAL = /Rheinaue/;
const KOREAN_HOSPITAL = /Hangang/;

/**
 * The opening of a plan journey: collects the page's console errors from now on, opens the record page of the sample
 * account matching `namePattern` and checks that its plan's status is `status`; returns the errors, account and
 * workspace.
 */
async function openPlanWithStatus(page, request, namePattern, status) {
  const errors = captureErrors(page);
  const { account, workspace } = await openAccountPage(page, request, namePattern);
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText(status);
  return { errors, account, workspace };
}

/** Opens the German hospital, whose sample plan is Agreed (see openPlanWithStatus). */
function openAgreedPlan(page, request) {
  return openPlanWithStatus(page, request, GERMAN_HOSPITAL, "Agreed");
}

/** Opens the Korean hospital, whose sample plan is In Review (shared, signed by the company only). */
function openPlanInReview(page, request) {
  return openPlanWithStatus(page, request, KOREAN_HOSPITAL, "In Review");
}

/** Appends text to the customer goals through their edit form and saves (an autosaved content change). */
async function appendToGoals(workspace, text) {
  const goals = workspace.locator('[data-id="customer-goals"]');
  await goals.locator('[data-id="goals-edit"]').click();
  const textarea = goals.locator('[data-id="goals-text"] textarea');
  await textarea.fill(`${await textarea.inputValue()} ${text}`);
  await goals.locator('[data-id="goals-save"]').click();
  await expect(goals.locator('[data-id="goals"]')).toContainText(text);
}

/** A sample account with more than one plan, with its plans (newest period first) from the preview server. */
async function accountWithPlans(request) {
  const response = await request.get("/preview/api/plans");
  expect(response.ok(), "the preview server lists the sample plans").toBeTruthy();
  const plans = (await response.json()).result;
  const account = (await sampleAccounts(request))
    .map((a) => ({ ...a, plans: plans.filter((p) => p.accountId === a.id) }))
    .find((a) => a.plans.length > 1);
  expect(account, "a sample account has more than one plan").toBeTruthy();
  return account;
}

/**
 * Console errors and uncaught exceptions of a page, collected from now on; with `warnings`, console warnings too,
 * except those `ignoreWarning(text)` says are not ours.
 */
function captureErrors(page, { warnings = false, ignoreWarning = () => false } = {}) {
  const errors = [];
  page.on("console", (message) => {
    const type = message.type();
    if (type === "error" || (warnings && type === "warning" && !ignoreWarning(message.text()))) {
      errors.push(`console.${type}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

function recordPageUrl(accountId, { lang, view, formFactor } = {}) {
  const query = new URLSearchParams({ account: accountId });
  if (lang) query.set("lang", lang);
  if (view) query.set("view", view);
  if (formFactor) query.set("formFactor", formFactor);
  return `/?${query}`;
}

/** The preview's page of a plan record (Customer_Account_Plan__c), as Lightning opens it. */
function planPageUrl(planId, { formFactor } = {}) {
  const query = new URLSearchParams({ plan: planId });
  if (formFactor) query.set("formFactor", formFactor);
  return `/?${query}`;
}

/** How wide the page (or frame) is against its screen: scroll above client means it scrolls sideways. */
function pageWidths(scope) {
  return scope.locator("html").evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
}

/**
 * On a phone: chooses each workspace section with the section picker, which alone navigates (no tab bar under it:
 * the section is a region named like the choice); none may scroll sideways.
 */
async function expectEverySectionFits(scope) {
  const workspace = scope.locator('[data-component="accordPlanWorkspace"]');
  for (const section of ["Listen", "Initiatives", "Share and sign", "Customer document", "Review"]) {
    await choose(workspace, "section-picker", section);
    await expect(workspace.getByRole("region", { name: section })).toBeVisible();
    await expect(workspace.getByRole("tab"), `${section}: no tab under the picker`).toHaveCount(0);
    const widths = await pageWidths(scope);
    expect(widths.scroll, `${section}: the page does not scroll sideways`).toBeLessThanOrEqual(widths.client);
  }
}

/** Waits until every placed component has rendered and no spinner is left (in the page or a frame). */
async function waitForComponents(scope) {
  await expect(scope.locator('[data-id="record-page"]')).toBeVisible();
  for (const { name } of COMPONENTS) {
    const section = scope.locator(`[data-component="${name}"]`);
    await expect(section, `${name} is placed on the record page`).toHaveCount(1);
    await expect(section.locator("lightning-spinner"), `${name} finishes loading`).toHaveCount(0);
  }
}

const USER_DATE = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC"
});
/** A plan period as the workspace header writes it for the preview's en_US user ("Jan 1, 2026 – Dec 31, 2026"). */
function headerPeriod(periodStart, periodEnd) {
  const day = (iso) => USER_DATE.format(new Date(`${iso}T00:00:00Z`));
  return `${day(periodStart)} – ${day(periodEnd)}`;
}

/**
 * Passes time on the preview server (POST /preview/api/clock; a reset returns to the real clock): a 12-month
 * review starts no earlier than the country allows (Review_Earliest_Months__c after agreement, default 9).
 */
async function setPreviewClock(request, isoDateTime) {
  const response = await request.post("/preview/api/clock", { data: { now: isoDateTime } });
  expect(response.ok(), `the preview server's clock is set to ${isoDateTime}`).toBeTruthy();
}

/** Twelve months and a day from today on the preview server: any plan agreed until today may start its review. */
async function passTwelveMonths(request) {
  const later = new Date();
  later.setUTCFullYear(later.getUTCFullYear() + 1);
  later.setUTCDate(later.getUTCDate() + 1);
  await setPreviewClock(request, later.toISOString());
}

/** In the Review section, twelve months on: starts the agreed plan's 12-month review, which turns it Under Review. */
async function startTwelveMonthReview(workspace, request) {
  await workspace.getByRole("tab", { name: "Review" }).click();
  await passTwelveMonths(request);
  await workspace.locator('[data-id="review-start"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Under Review");
}

/**
 * Photographs `shown` (a locator, or the whole page) as `file` in the folder ACCORD_SCREENSHOTS names, when it
 * names one (npm run screenshots sets it for the full-cycle journey); `options` go to its screenshot.
 */
async function photograph(shown, file, options = {}) {
  const folder = process.env.ACCORD_SCREENSHOTS;
  if (!folder) return;
  fs.mkdirSync(folder, { recursive: true });
  const isLocator = typeof shown.page === "function";
  if (isLocator) await shown.scrollIntoViewIfNeeded();
  await (isLocator ? shown.page() : shown).waitForTimeout(300); // let icons and fonts paint
  await shown.screenshot({ ...options, path: path.join(folder, file) });
}

/**
 * Picks an option by (part of) its visible label: in a c-accord-select (a native select) or a lightning-combobox
 * (its button or input opens the list).
 */
async function choose(scope, dataId, option) {
  const field = scope.locator(`[data-id="${dataId}"]`).first();
  const select = field.locator("select");
  if ((await select.count()) > 0) {
    const label = await select.locator("option", { hasText: option }).first().textContent();
    await select.selectOption({ label: label.trim() });
    return;
  }
  await field.locator("button, input").first().click();
  await field.locator('[role="option"]', { hasText: option }).first().click();
}

/** axe-core violations of impact serious or critical, as readable lines. */
async function seriousAxeViolations(scope) {
  await scope.addScriptTag({ path: AXE_PATH });
  const violations = await scope.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" "))
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(" | ")})`);
}

module.exports = {
  COMPONENTS,
  ROOT,
  resetSampleData,
  sampleAccounts,
  sampleAccount,
  openAccountPage,
  GERMAN_HOSPITAL,
  KOREAN_HOSPITAL,
  openAgreedPlan,
  openPlanInReview,
  appendToGoals,
  accountWithPlans,
  captureErrors,
  recordPageUrl,
  planPageUrl,
  pageWidths,
  expectEverySectionFits,
  waitForComponents,
  seriousAxeViolations,
  setPreviewClock,
  passTwelveMonths,
  startTwelveMonthReview,
  photograph,
  headerPeriod,
  choose
};
