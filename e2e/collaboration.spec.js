"use strict";
/* global window -- the init script runs in the page */
// The collaboration survey and card in the preview (issue 16): a customer and three colleagues submit their
// assessments, the card shows the customer's headline, the gap and the function that rates lowest; the same
// respondent cannot submit twice for the period (the error offers to edit the draft); German labels; the survey on
// a phone and in customer mode.

const { test, expect } = require("@playwright/test");
const {
  resetSampleData,
  photograph,
  openAccountPage,
  captureErrors,
  waitForComponents,
  pageWidths,
  seriousAxeViolations,
  choose
} = require("./support");

const ACCOUNT = /Lakeshore/;

const CUSTOMER = "Lisa Alvarez";

/** Rates every question shown with the scale word given (e.g. "4 · Very good"). */
async function rateAll(survey, word) {
  const questions = survey.locator("li.question");
  const count = await questions.count();
  expect(count, "the survey asks at least one question").toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await questions.nth(i).locator("label", { hasText: word }).click();
  }
}

async function submit(survey, confirmation) {
  await survey.locator('[data-id="submit"] button').click();
  await expect(survey.locator('[data-id="notice"]')).toHaveText(confirmation);
}

async function open(page, request, options = {}) {
  return (await openAccountPage(page, request, ACCOUNT, options)).account;
}

test.describe("collaboration survey and index", () => {
  test.afterEach(({ request }) => resetSampleData(request));

  test("a customer and three colleagues submit; the card shows headline, gap and the lowest function", async ({
    page,
    request
  }) => {
    const errors = captureErrors(page);
    const account = await open(page, request);
    const survey = page.locator('[data-component="accordCollaborationSurvey"]');

    await choose(survey, "contact", CUSTOMER);
    await rateAll(survey, "2 · Fair");
    await survey.locator('[data-id="overall-comment"] textarea').fill("We need faster answers on supply questions.");
    await photograph(survey, "collaboration-survey-desktop.png");
    await submit(survey, "Thank you. The assessment is submitted.");

    await survey.locator('[data-id="respondent-type"]').getByText("Our team").click();
    for (const [colleague, fn, word] of [
      ["Anna Berger", "HEOR", "1 · Poor"],
      ["Luca Rossi", "Sales", "5 · Excellent"],
      ["Mei Tanaka", "Medical", "4 · Very good"]
    ]) {
      await choose(survey, "colleague", colleague);
      await choose(survey, "function", fn);
      await rateAll(survey, word);
      await submit(survey, "Thank you. The assessment is submitted.");
    }
    await expect(survey.locator('[data-id="existing"] li', { hasText: CUSTOMER })).toContainText("Submitted");

    // The card reads the stored results: the same figures the server computes.
    const response = await request.post("/api/apex/AccordCollaborationController.getIndexCard", {
      data: { accountId: account.id }
    });
    const card = (await response.json()).result;
    const latest = card.periods[0];
    expect(latest.lowestFunction, "the colleague who rated 1 makes HEOR the lowest function").toBe("HEOR");

    await page.reload();
    await waitForComponents(page);
    const index = page.locator('[data-component="accordCollaborationIndex"]');
    await expect(index.locator('[data-id="customer-index"]')).toHaveText(String(latest.customerIndex));
    await expect(index.locator('[data-id="internal-index"]')).toHaveText(String(latest.internalIndex));
    const gap = latest.indexGap > 0 ? `+${latest.indexGap}` : String(latest.indexGap);
    await expect(index.locator('[data-id="gap-value"]')).toHaveText(gap);
    await expect(index.locator('[data-kind="LaggingFunction"]')).toContainText("HEOR rates the partnership lowest");
    await expect(index.locator('[data-scope="all"]')).toContainText("Percentile");
    // The archetype by its configured name (Healthcare_Archetype__mdt's label), never its code; counts in their plural.
    const archetype = index.locator('[data-scope="archetype"] dt');
    await expect(archetype).toHaveText(/^Archetype .+/);
    await expect(archetype).not.toHaveText(/^Archetype [A-Z]+$/);
    await expect(index.locator('[data-id="benchmarks"]')).not.toContainText(/\b1 accounts\b/);
    await photograph(index, "collaboration-card.png");
    expect(errors).toEqual([]);
  });

  test("the same respondent cannot submit twice for the period; the error offers the draft", async ({
    page,
    request
  }) => {
    await open(page, request);
    const survey = page.locator('[data-component="accordCollaborationSurvey"]');
    await choose(survey, "contact", CUSTOMER);
    await rateAll(survey, "3 · Good");
    await survey.locator('[data-id="save-draft"] button').click();
    await expect(survey.locator('[data-id="notice"]')).toHaveText("Draft saved.");

    await choose(survey, "contact", CUSTOMER);
    await rateAll(survey, "5 · Excellent");
    await survey.locator('[data-id="submit"] button').click();
    await expect(survey.locator('[data-id="error"]')).toContainText(
      `${CUSTOMER} already has an assessment for ${new Date().getFullYear()}`
    );
    await survey.locator('[data-id="edit-existing"] button').click();
    await expect(survey.locator("li.question").first().locator("input[value='3']")).toBeChecked();
    await submit(survey, "Thank you. The assessment is submitted.");
  });

  test("German labels, and a refusal in German", async ({ page, request }) => {
    await open(page, request, { lang: "de" });
    const survey = page.locator('[data-component="accordCollaborationSurvey"]');
    await expect(survey.getByText("Kooperationsbefragung")).toBeVisible();
    await expect(survey.locator("li.question").first()).toContainText("Vertrauen und Transparenz");
    await expect(
      page.locator('[data-component="accordCollaborationIndex"]').getByText("Kooperationsindex")
    ).toBeVisible();
    await choose(survey, "contact", CUSTOMER);
    await rateAll(survey, "4 · Sehr gut");
    await survey.locator('[data-id="submit"] button').click();
    await expect(survey.locator('[data-id="notice"]')).toHaveText("Danke. Die Bewertung ist abgeschickt.");
    await choose(survey, "contact", CUSTOMER);
    await rateAll(survey, "2 · Mäßig");
    await survey.locator('[data-id="submit"] button').click();
    await expect(survey.locator('[data-id="error"]')).toContainText("hat für");
    await expect(survey.locator('[data-id="edit-existing"]')).toContainText("Vorhandene Bewertung bearbeiten");
  });

  test("on a phone the survey fits the screen and the scale is a list", async ({ page, request }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, request, { formFactor: "Small" });
    const survey = page.locator('[data-component="accordCollaborationSurvey"]');
    await expect(survey.locator("li.question").first().locator('input[type="radio"]')).toHaveCount(6);
    const widths = await pageWidths(page);
    expect(widths.scroll, "the page does not scroll sideways").toBeLessThanOrEqual(widths.client);
    await choose(survey, "contact", CUSTOMER);
    await survey.locator("li.question").first().locator("label", { hasText: "4 · Very good" }).click();
    await photograph(survey, "collaboration-survey-phone.png");
  });

  test("in customer mode only the customer's part shows, and the index card hides", async ({ page, request }) => {
    await page.addInitScript(() => window.sessionStorage.setItem("accord.customerMode", "on"));
    await open(page, request);
    const survey = page.locator('[data-component="accordCollaborationSurvey"]');
    await expect(survey.locator('[data-id="contact"]')).toBeVisible();
    await expect(survey.locator('[data-id="respondent-type"]')).toHaveCount(0);
    await expect(survey.locator('[data-id="existing"]')).toHaveCount(0);
    await expect(survey.locator('li.question[data-code="Internal_Alignment"]')).toHaveCount(0);
    await expect(page.locator('[data-component="accordCollaborationIndex"] lightning-card')).toHaveCount(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await photograph(survey, "collaboration-survey-customer-mode.png");
  });

  test("in customer mode the survey speaks the plan's language (a German plan, an English user)", async ({
    page,
    request
  }) => {
    await page.addInitScript(() => window.sessionStorage.setItem("accord.customerMode", "on"));
    await openAccountPage(page, request, /Rheinaue/);
    const survey = page.locator('[data-component="accordCollaborationSurvey"]');
    await expect(survey.getByText("Kooperationsbefragung")).toBeVisible();
    await expect(survey.locator("li.question").first()).toContainText("Vertrauen und Transparenz");
    await expect(
      survey.locator("li.question").first().locator("label", { hasText: "5 · Ausgezeichnet" })
    ).toBeVisible();

    // The server's refusal reads in the plan's language too: the save sends it (the user's own is English).
    const firstContact = async () => {
      await survey.locator('[data-id="contact"] button').first().click();
      await survey.locator('[data-id="contact"] [role="option"]').first().click();
    };
    await firstContact();
    await rateAll(survey, "4 · Sehr gut");
    await submit(survey, "Danke. Die Bewertung ist abgeschickt.");
    await firstContact();
    await rateAll(survey, "2 · Mäßig");
    await survey.locator('[data-id="submit"] button').click();
    await expect(survey.locator('[data-id="error"]')).toContainText("hat für");
    await expect(survey.locator('[data-id="error"]')).not.toContainText("already has an assessment");
  });
});
