"use strict";
/* global window, document -- page.evaluate bodies run in the browser */
// Customer mode ("Show to customer"): with the laptop turned towards the customer nothing internal is in
// the page (plan health, the account summary's tier and scores, other plans, the review), the mode lasts
// for the tab's session, axe stays clean on desktop and phone; printing from the workspace prints the
// customer document only. With ACCORD_SCREENSHOTS=<folder> it photographs customer mode.

const { test, expect } = require("@playwright/test");
const {
  resetSampleData,
  accountWithPlans,
  captureErrors,
  recordPageUrl,
  pageWidths,
  waitForComponents,
  seriousAxeViolations,
  photograph
} = require("./support");

/** Texts that exist only to inform the company: none may be in the page while the customer looks. */
const INTERNAL_LABELS = [
  "Plan health",
  "KAM tier",
  "Key account priority score",
  "Collaboration index",
  "Other plans of this account"
];

/**
 * The text of the workspace and the account summary, walking into their shadow trees: every text node, or with
 * renderedOnly those the page renders (checkVisibility: no display: none on the way up, as a printer sees it).
 */
function textIn(page, renderedOnly) {
  return page.evaluate((rendered) => {
    const texts = [];
    const walk = (node) => {
      if (node.nodeType === 3) {
        const parent = node.parentElement || node.parentNode.host;
        if (!rendered || (parent && parent.checkVisibility())) texts.push(node.data);
        return;
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
      node.childNodes.forEach(walk);
    };
    for (const name of ["accordPlanWorkspace", "accordAccountSummary"]) {
      const host = document.body;
      const find = (node) => {
        if (node.nodeType === 1 && node.getAttribute("data-component") === name) return node;
        for (const child of [...(node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes]) {
          const found = find(child);
          if (found) return found;
        }
        return null;
      };
      walk(find(host));
    }
    return texts.join(" ");
  }, renderedOnly);
}
const componentText = (page) => textIn(page, false);
/** What a printer would put on paper. */
const printedText = (page) => textIn(page, true);

test.beforeEach(({ request }) => resetSampleData(request));

test("customer mode hides every internal value, lasts for the session, and printing gives the customer document only", async ({
  page,
  request
}) => {
  const errors = captureErrors(page);
  const account = await accountWithPlans(request);
  await page.goto(recordPageUrl(account.id));
  await waitForComponents(page);
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  const summary = page.locator('[data-component="accordAccountSummary"]');

  // Before: the company's view shows health, the summary's tier and scores, other plans and the review tab.
  const healthScore = (await workspace.locator('[data-id="health-score"]').innerText()).trim();
  expect(healthScore).toMatch(/^\d+ of 100$/);
  await expect(summary.locator('[data-id="tier"]')).toBeVisible();
  await expect(workspace.locator('[data-id="other-plans"]')).toBeVisible();
  await expect(workspace.getByRole("tab", { name: "Review" })).toBeVisible();

  await workspace.getByText("Show to customer").click();
  await expect(workspace.locator('[data-id="health"]')).toHaveCount(0);
  await expect(summary.locator("lightning-card")).toHaveCount(0);
  let text = await componentText(page);
  for (const internal of [...INTERNAL_LABELS, healthScore]) {
    expect(text, `"${internal}" is not in the page in customer mode`).not.toContain(internal);
  }
  // The screen speaks the plan's language (German) while the customer looks: the section names too.
  await expect(workspace.getByRole("tab", { name: "Kundendokument" })).toBeVisible();
  await expect(workspace.getByRole("tab", { name: "Customer document" })).toHaveCount(0);
  await expect(workspace.getByRole("tab", { name: "Überprüfung", exact: true })).toHaveCount(0);
  await expect(workspace.getByRole("tab", { name: "Review", exact: true })).toHaveCount(0);
  const zoom = await workspace
    .locator('[data-id="workspace-screen"]')
    .evaluate((element) => window.getComputedStyle(element).zoom);
  expect(Number(zoom), "customer mode enlarges the type").toBeGreaterThan(1);
  expect(await seriousAxeViolations(page), "axe in customer mode (desktop)").toEqual([]);
  await photograph(page, "customer-mode.png");

  // It lasts: a reload (or another record in this tab) opens in customer mode until switched off.
  await page.reload();
  await waitForComponents(page);
  await expect(workspace.locator('[data-id="customer-mode"] input')).toBeChecked();
  text = await componentText(page);
  for (const internal of INTERNAL_LABELS) expect(text).not.toContain(internal);

  // Printing from the workspace: the document's Print button opens the print dialog with the document alone.
  await workspace.getByRole("tab", { name: "Kundendokument" }).click();
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await workspace.locator('[data-id="print"]').click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);

  // The PDF comes from the Visualforce page: saved on the plan, then opened in Lightning's file preview (the
  // preview says so in words, not as a raw page reference).
  await workspace.locator('[data-id="save-file"]').click();
  await workspace.locator('[data-id="open-file"]').click();
  const toast = page.getByText("In Salesforce the saved PDF opens here");
  await expect(toast).toBeVisible();
  await expect(page.getByText('"pageName"')).toHaveCount(0);

  // The browser's own print (Ctrl+P): before printing the workspace renders the document for paper.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(workspace.locator('[data-id="print-copy"] [data-id="doc-title"]')).toBeVisible();
  await expect(workspace.locator('[data-id="plan-header"]')).toBeHidden();
  await expect(summary).toBeHidden();
  const paper = await printedText(page);
  expect(paper).toContain(account.name.split(" (")[0]);
  const switchLabels = ["Show to customer", "Dem Kunden zeigen"];
  for (const internal of [...INTERNAL_LABELS, healthScore, ...switchLabels, "Save as PDF file"]) {
    expect(paper, `"${internal}" is not printed`).not.toContain(internal);
  }
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(workspace.locator('[data-id="print-copy"]')).toHaveCount(0);

  // Off again (the switch reads in the plan's language while on): the company's view comes back.
  await workspace.getByText("Dem Kunden zeigen").click();
  await expect(summary.locator('[data-id="tier"]')).toBeVisible();
  await expect(workspace.locator('[data-id="health-score"]')).toHaveText(healthScore);
  expect(errors).toEqual([]);
});

test("customer mode on a phone: nothing internal, axe clean, no sideways scroll", async ({ page, request }) => {
  const account = await accountWithPlans(request);
  await page.setViewportSize({ width: 375, height: 760 });
  await page.goto(recordPageUrl(account.id, { formFactor: "Small" }));
  await waitForComponents(page);
  const workspace = page.locator('[data-component="accordPlanWorkspace"]');
  await workspace.getByText("Show to customer").click();
  await expect(workspace.locator('[data-id="health"]')).toHaveCount(0);
  const text = await componentText(page);
  for (const internal of INTERNAL_LABELS) expect(text).not.toContain(internal);
  await expect(workspace.locator('[data-id="section-picker"] option')).toHaveCount(4);
  expect(await seriousAxeViolations(page), "axe in customer mode (phone)").toEqual([]);
  const widths = await pageWidths(page);
  expect(widths.scroll, "no sideways scroll in customer mode").toBeLessThanOrEqual(widths.client);
});
