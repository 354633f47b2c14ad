// First: the AccordPlanController mocks, before the workspace imports them.
import { mountWorkspace } from "test/planWorkspaceTest";
import savePlan from "@salesforce/apex/AccordPlanController.savePlan";
import getDocumentLabels from "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels";
import { screenLanguage } from "c/accordScreenLabels";
import { settle, byId, resetDom, expectAccessible } from "test/accordTest";

jest.mock("@salesforce/apex/AccordPlanDocumentController.getDocumentLabels", () => ({ default: jest.fn() }), {
  virtual: true
});

// The org's side of getDocumentLabels: System.Label.get(…, language) over the translation files.
const { readLabelCatalog } = require("../../../../../../preview/build/labels.js");
const catalog = readLabelCatalog(require("node:path").join(__dirname, "../../../../../.."));
const german = (name) => catalog.translations.de[`Accord_${name}`];

const DRAFT = require("./data/workspaceDraft.json"); // a German plan (planLanguage "de"); the user is English
const child = (element, selector) => element.shadowRoot.querySelector(selector);
const STALE_MESSAGE =
  "Eva Brandt changed this plan at 7/10/2025, 10:00 AM, after you opened it. Reload the plan to see that change, then make yours again.";
const refusal = (code, message) => ({ status: 400, body: { message: JSON.stringify({ message, code }) } });

const mount = () => mountWorkspace(DRAFT);

function switchCustomerMode(element, on) {
  child(element, "c-accord-plan-header").dispatchEvent(new CustomEvent("customermodechange", { detail: { on } }));
  return settle();
}

function editGoals(element, text) {
  child(element, "c-accord-customer-goals").dispatchEvent(
    new CustomEvent("goalsupdate", { detail: { customerGoals: text } })
  );
  return settle();
}

/** The counter under the need entry's text (c-accord-text-field). */
function entryCounter(element) {
  const field = child(element, "c-accord-need-entry").shadowRoot.querySelector("c-accord-text-field");
  return field.shadowRoot.querySelector('[data-id="count"]').textContent;
}

describe("c-accord-plan-workspace: customer mode speaks the plan's language", () => {
  beforeEach(() => {
    getDocumentLabels.mockImplementation(({ language, names }) => {
      const labels = {};
      for (const name of names) labels[name] = (catalog.translations[language] || {})[name] ?? catalog.en[name];
      return Promise.resolve(labels);
    });
  });
  afterEach(() => {
    window.sessionStorage.clear();
    resetDom();
    jest.clearAllMocks();
  });

  it("an English user's screen turns German for a German plan in customer mode: counters, status, refusals", async () => {
    const element = await mount();
    expect(screenLanguage()).toBeNull();
    expect(entryCounter(element)).toBe("0 / 32,768 characters");

    const listHeading = () =>
      child(element, "c-accord-need-list").shadowRoot.querySelector('[data-id="need-list-heading"]').textContent;
    const goalsTitle = () => child(element, "c-accord-customer-goals").shadowRoot.querySelector("h3").textContent;
    const needs = String(DRAFT.plan.needs.length);
    expect(listHeading()).toBe(catalog.en.Accord_Need_ListTitle.replace("{0}", needs));

    await switchCustomerMode(element, true);
    expect(screenLanguage()).toBe("de");
    expect(entryCounter(element)).toBe(german("Common_CharCount").replace("{0}", "0").replace("{1}", "32.768"));
    // The Listen section's components read their labels in German too.
    expect(listHeading()).toBe(german("Need_ListTitle").replace("{0}", needs));
    expect(goalsTitle()).toBe(german("Goals_Title"));
    const entry = child(element, "c-accord-need-entry").shadowRoot;
    expect(entry.querySelector('[data-id="need-add"]').label).toBe(german("Need_Add"));
    // The header's period in German words and German dates.
    const period = child(element, "c-accord-plan-header").shadowRoot.querySelector('[data-id="header-period"]');
    const day = (iso) =>
      new Intl.DateTimeFormat("de", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
        new Date(iso)
      );
    expect(period.textContent).toBe(
      german("Header_PeriodValue").replace("{0}", day(DRAFT.plan.periodStart)).replace("{1}", day(DRAFT.plan.periodEnd))
    );

    // Saved: the status reads in German.
    savePlan.mockImplementationOnce(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
    await editGoals(element, "Unser Ziel");
    expect(byId(element, "save-status").textContent.trim()).toBe(german("Workspace_Saved"));

    // Refused: the server's English refusal is shown in German, with the values it named.
    savePlan.mockRejectedValueOnce(
      refusal("INVALID_VALUE", "Target date must be a date written YYYY-MM-DD (got 1.7.).")
    );
    await editGoals(element, "Unser Ziel, genauer");
    expect(byId(element, "save-error").querySelector("h2").textContent).toBe(german("Workspace_SaveError"));
    expect(byId(element, "save-error-message").textContent).toBe(
      german("Error_InvalidDate").replace("{0}", "Target date").replace("{1}", "1.7.")
    );
    expect(byId(element, "save-status").textContent.trim()).toBe(german("Workspace_Unsaved"));
    await expectAccessible(element);
  });

  it("someone else's change reads in German in customer mode, and the user's language returns with the mode off", async () => {
    window.sessionStorage.setItem("accord.customerMode", "on");
    const element = await mount();
    await settle();
    expect(screenLanguage()).toBe("de");
    savePlan.mockRejectedValueOnce(refusal("STALE_REVISION", STALE_MESSAGE));
    await editGoals(element, "Mein Ziel");
    expect(byId(element, "stale-alert").querySelector("h2").textContent).toBe(german("Workspace_StaleTitle"));
    expect(byId(element, "stale-message").textContent).toBe(
      german("Error_STALE_REVISION").replace("{0}", "Eva Brandt").replace("{1}", "7/10/2025, 10:00 AM")
    );

    await switchCustomerMode(element, false);
    expect(screenLanguage()).toBeNull();
    expect(byId(element, "stale-alert").querySelector("h2").textContent).toBe("Someone else changed this plan");
    expect(entryCounter(element)).toBe("0 / 32,768 characters");
  });

  it("leaving the page gives the next screen the user's language back", async () => {
    window.sessionStorage.setItem("accord.customerMode", "on");
    const element = await mount();
    await settle();
    expect(screenLanguage()).toBe("de");
    document.body.removeChild(element);
    expect(screenLanguage()).toBeNull();
  });
});
