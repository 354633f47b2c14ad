"use strict";
// Closing the loop (issue 16): the 12-month review's customer document shows the customer how they rated the
// partnership — per dimension the scale's words their respondents chose and their comments, in the plan's language —
// and, once the rep has written it at the review, what the company will change; nothing internal: not the team's ratings or comments, not an index, a gap or a score. In the preview's real
// workspace with the sample's German hospital, whose customers and team answered the survey this year.
// With ACCORD_SCREENSHOTS=<folder> the section is photographed.

const { test, expect } = require("@playwright/test");
const {
  resetSampleData,
  openAgreedPlan,
  seriousAxeViolations,
  startTwelveMonthReview,
  photograph
} = require("./support");

const SHOTS = process.env.ACCORD_SCREENSHOTS;

test.beforeEach(({ request }) => resetSampleData(request));

test("the 12-month review's customer document shows how the customer rated the partnership, and nothing internal", async ({
  page,
  request
}) => {
  const { errors, workspace } = await openAgreedPlan(page, request);

  // Before the review: the agreed plan's document has no such section.
  await workspace.getByRole("tab", { name: "Customer document" }).click();
  await expect(workspace.locator('[data-id="doc-signatures"]')).toBeVisible();
  await expect(workspace.locator('[data-id="doc-partnership"]')).toHaveCount(0);

  await startTwelveMonthReview(workspace, request);

  await workspace.getByRole("tab", { name: "Customer document" }).click();
  const section = workspace.locator('[data-id="doc-partnership"]');
  await expect(section).toBeVisible();
  // In the plan's language (German) for an English user.
  await expect(section.locator("h4")).toHaveText("Wie Sie unsere Zusammenarbeit bewertet haben");
  const trust = section.locator('[data-code="Trust_Transparency"]');
  await expect(trust.locator("h5")).toHaveText("Vertrauen und Transparenz");
  await expect(trust.locator('[data-id="doc-partnership-answers"]')).toHaveText(
    "5 · Ausgezeichnet (1) · 4 · Sehr gut (1) · 3 · Gut (1)"
  );
  const responsiveness = section.locator('[data-code="Responsiveness"]');
  await expect(responsiveness.locator('[data-id="doc-partnership-comment"]')).toHaveText([
    "Anfragen zur Abrechnung bleiben oft wochenlang liegen.",
    "Bei Lieferengpässen erfahren wir es zu spät."
  ]);
  // The customer's view only: the team's dimension and words, and every score, stay internal.
  await expect(section.locator('[data-code="Internal_Alignment"]')).toHaveCount(0);
  await expect(section).not.toContainText("Market Access is involved too late");
  await expect(section).not.toContainText(/index|gap|Lücke|score/i);
  // The order of the model: after the outcomes (none without assessed initiatives here), before the signatures.
  const order = await workspace
    .locator('[data-id="doc-partnership"], [data-id="doc-signatures"]')
    .evaluateAll((nodes) => nodes.map((node) => node.dataset.id));
  expect(order).toEqual(["doc-partnership", "doc-signatures"]);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The rep writes down, at the review, what the company will change; the closed plan's document says it too.
  await workspace.getByRole("tab", { name: "Review" }).click();
  const rows = workspace.locator('[data-id="review-commitment"]');
  for (let i = 0; i < (await rows.count()); i++) {
    await rows.nth(i).getByText("Kept", { exact: true }).click();
  }
  await workspace.locator('[data-id="review-feedback"] textarea').fill("Verlässlich, aber Anfragen dauern zu lange.");
  await workspace
    .locator('[data-id="review-what-we-will-change"] textarea')
    .fill("Abrechnungsfragen beantworten wir ab Januar binnen fünf Arbeitstagen.");
  await workspace.locator('[data-id="review-close"]').click();
  await expect(workspace.locator('[data-id="header-status"]')).toHaveText("Closed");
  await workspace.getByRole("tab", { name: "Customer document" }).click();
  const closedSection = workspace.locator('[data-id="doc-partnership"]');
  await expect(closedSection.locator('[data-id="doc-partnership-response"]')).toHaveText(
    "Abrechnungsfragen beantworten wir ab Januar binnen fünf Arbeitstagen."
  );
  await expect(closedSection).toContainText("Was wir ändern werden");
  await photograph(closedSection, SHOTS, "document-partnership.png");
  expect(errors).toEqual([]);
});
