import AccordReviewDates from "c/accordReviewDates";
import getDocumentLabels from "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels";
import { showScreenIn } from "c/accordScreenLabels";
import { byId, mounter, resetDom, settle } from "test/accordTest";

jest.mock("@salesforce/apex/AccordPlanDocumentController.getDocumentLabels", () => ({ default: jest.fn() }), {
  virtual: true
});

// The org's side of getDocumentLabels: System.Label.get(…, language) over the translation files.
const { readLabelCatalog } = require("../../../../../../preview/build/labels.js");
const catalog = readLabelCatalog(require("node:path").join(__dirname, "../../../../../.."));
const german = (name) => catalog.translations.de[`Accord_${name}`];

const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json").plan;
const mount = mounter("c-accord-review-dates", AccordReviewDates);

describe("c-accord-review-dates in customer mode", () => {
  afterEach(async () => {
    await showScreenIn(null);
    resetDom();
  });

  it("reads its words and dates in the plan's language while the customer looks, the user's again after", async () => {
    getDocumentLabels.mockImplementation(({ language, names }) =>
      Promise.resolve(Object.fromEntries(names.map((name) => [name, catalog.translations[language][name]])))
    );
    const plan = { ...AGREED, agreedOn: "2026-01-31T10:00:00.000Z", countryCode: "DE" };
    const element = mount({ plan, today: "2026-03-01" });
    element.configuration = { countries: [{ countryCode: "DE", reviewCadenceMonths: 3, reviewEarliestMonths: null }] };
    await settle();
    const date = (id) => byId(element, id).querySelector('[data-id="date"]').textContent;
    expect(date("next-check-in")).toBe("Apr 30, 2026");

    await showScreenIn("de");
    await settle();
    expect(date("next-check-in")).toBe("30. Apr. 2026");
    expect(date("review-date")).toBe("31. Jan. 2027");
    expect(element.shadowRoot.querySelector("dt").textContent).toBe(german("Review_NextCheckIn"));
    expect(byId(element, "earliest-start").textContent).toBe(
      `(${german("Review_EarliestStart").replace("{0}", "31. Okt. 2026")})`
    );

    await showScreenIn(null);
    await settle();
    expect(date("review-date")).toBe("Jan 31, 2027");
  });
});
