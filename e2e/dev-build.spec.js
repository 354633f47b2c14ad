"use strict";
// The development build (what `npm start` serves) loads with no console error or warning: its compiler, engine and
// synthetic shadow come from one LWC release. The server serves the production build; this test swaps in a
// development bundle built beside it, so both builds are exercised by one server.

const fs = require("node:fs");
const path = require("node:path");
const { test, expect } = require("@playwright/test");
const { buildPreview } = require("../preview/build/build");
const { DIST } = require("../preview/build/rollupOptions");
const {
  sampleAccounts,
  accountWithPlans,
  captureErrors,
  recordPageUrl,
  planPageUrl,
  waitForComponents
} = require("./support");

const DEV_BUNDLE = path.join(DIST, "preview-development.js");

/**
 * Warnings the base components raise about themselves are theirs to fix, as in Lightning itself: those whose
 * component stack starts at a base component (`<lightning-combobox>`), and the cross-root ARIA that
 * lightning-tabset's own AriaObserver writes onto the tabs it is given.
 */
const warnedElement = (text) => (text.split("\n").find((line) => line.trim().startsWith("<")) || "").trim();
const isBaseComponentWarning = (text) => warnedElement(text).startsWith("<lightning-") || /\bAriaObserver\./.test(text);

test.describe("development build", () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await buildPreview({ production: false, file: DEV_BUNDLE });
  });

  test.afterAll(() => {
    for (const file of [DEV_BUNDLE, `${DEV_BUNDLE}.map`]) fs.rmSync(file, { force: true });
  });

  test("an account page and a plan page load with no console error or warning", async ({ page, request }) => {
    const development = fs.readFileSync(DEV_BUNDLE, "utf8");
    expect(development, "the swapped-in bundle is the development build").toContain('"development"');
    await page.route("**/dist/preview.js", (route) =>
      route.fulfill({ body: development, contentType: "text/javascript" })
    );
    // The engine reports a release mismatch as a warning: warnings count here.
    const problems = captureErrors(page, { warnings: true, ignoreWarning: isBaseComponentWarning });
    // A page that does not render shows why: the console's problems come with the failure.
    const rendered = () => waitForComponents(page).catch((error) => expect(problems).toEqual([error.message]));
    const [account] = await sampleAccounts(request);
    await page.goto(recordPageUrl(account.id));
    await rendered();
    const { plans } = await accountWithPlans(request);
    await page.goto(planPageUrl(plans[0].id));
    await expect(page.locator('[data-component="accordPlanWorkspace"] [data-id="header-period"]')).toBeVisible();
    expect(problems).toEqual([]);
  });
});
