import AccordCollaborationSurvey from "c/accordCollaborationSurvey";
import getSurvey from "@salesforce/apex/AccordCollaborationController.getSurvey";
import saveAssessment from "@salesforce/apex/AccordCollaborationController.saveAssessment";
import getDocumentLabels from "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels";
import { subscribe } from "lightning/messageService";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";
import { RESPONDENT_FUNCTIONS } from "c/accordCore";
import { settle, byId, change, mounter, resetDom, expectAccessible } from "test/accordTest";

const SURVEY = require("./data/survey.json");

jest.mock("@salesforce/apex/AccordCollaborationController.getSurvey", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordCollaborationController.saveAssessment", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordPlanDocumentController.getDocumentLabels", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-collaboration-survey", AccordCollaborationSurvey, { recordId: "001000000000001AAA" });
const questionCodes = (element) => [...element.shadowRoot.querySelectorAll("li.question")].map((li) => li.dataset.code);
const ratingOf = (element, code) => element.shadowRoot.querySelector(`lightning-radio-group[data-code="${code}"]`);
const commentOf = (element, code) => element.shadowRoot.querySelector(`c-accord-text-field[data-code="${code}"]`);
/** The survey of a plan in `planLanguage`, mounted while the customer looks (customer mode on). */
async function mountInCustomerMode(planLanguage) {
  getSurvey.mockResolvedValue({ ...SURVEY, planLanguage });
  window.sessionStorage.setItem("accord.customerMode", "on");
  const element = mount();
  await settle();
  return element;
}
const sent = () => JSON.parse(saveAssessment.mock.calls[saveAssessment.mock.calls.length - 1][0].assessmentJson);

describe("c-accord-collaboration-survey", () => {
  beforeEach(() => {
    getSurvey.mockResolvedValue(SURVEY);
  });
  afterEach(() => {
    window.sessionStorage.clear();
    resetDom();
  });

  it("asks a customer contact the customer's dimensions, in the user's language, with the scale's words", async () => {
    const element = mount();
    await settle();
    expect(getSurvey).toHaveBeenCalledWith({ accountId: "001000000000001AAA" });
    expect(byId(element, "period").textContent).toContain("2026");
    expect(byId(element, "contact").options.map((o) => o.label)).toEqual(["Dr. Anna Weber", "Jonas Brandt"]);
    expect(questionCodes(element)).toEqual(["Trust_Transparency", "Scientific_Exchange", "Custom_Dim"]);
    const trust = element.shadowRoot.querySelector('li[data-code="Trust_Transparency"]');
    expect(trust.textContent).toContain("Trust and transparency");
    expect(trust.textContent).toContain("How openly both sides share intentions");
    expect(ratingOf(element, "Trust_Transparency").options.map((o) => o.label)).toEqual([
      "1 · Poor",
      "2 · Fair",
      "3 · Good",
      "4 · Very good",
      "5 · Excellent",
      "N/A"
    ]);
    expect(ratingOf(element, "Trust_Transparency").label).toBe("Rating of Trust and transparency");
    // An admin-added dimension without a translation keeps its configured label, and says how to rate it.
    const added = element.shadowRoot.querySelector('li[data-code="Custom_Dim"]');
    expect(added.textContent).toContain("Admin-added dimension");
    expect(added.textContent).toContain("Rate how well this works between us: 1 is poor, 5 is excellent.");
    expect(trust.textContent).not.toContain("Rate how well this works between us");
    await expectAccessible(element);
  });

  it("submits the ratings shown: N/A is sent only with its comment, only configured codes", async () => {
    saveAssessment.mockResolvedValue({});
    const element = mount();
    await settle();
    change(byId(element, "contact"), "003000000000002AAA");
    change(ratingOf(element, "Trust_Transparency"), "2");
    change(ratingOf(element, "Scientific_Exchange"), "NA");
    change(commentOf(element, "Scientific_Exchange"), "Noch kein Austausch");
    change(ratingOf(element, "Custom_Dim"), "NA");
    change(byId(element, "overall-comment"), "Mehr Tempo, bitte.");
    await settle();
    byId(element, "submit").click();
    await settle();
    expect(saveAssessment.mock.calls[0][0].submit).toBe(true);
    expect(sent()).toEqual({
      id: null,
      accountId: "001000000000001AAA",
      period: "2026",
      respondentType: "Customer",
      respondentId: "003000000000002AAA",
      respondentName: null,
      function: null,
      comment: "Mehr Tempo, bitte.",
      submittedOn: null,
      ratings: [
        { dimension: "Trust_Transparency", score: 2, comment: null },
        { dimension: "Scientific_Exchange", score: null, comment: "Noch kein Austausch" }
      ]
    });
    expect(byId(element, "notice").textContent).toBe("Thank you. The assessment is submitted.");
    expect(getSurvey).toHaveBeenCalledTimes(2);
  });

  it("refuses a comment beyond its field's length with the numbers and sends nothing (c-accord-text-field)", async () => {
    saveAssessment.mockResolvedValue({});
    const element = mount();
    await settle();
    change(byId(element, "contact"), "003000000000002AAA");
    change(ratingOf(element, "Trust_Transparency"), "4");
    const overall = byId(element, "overall-comment");
    change(overall, "x".repeat(40000));
    await settle();
    expect(overall.shadowRoot.querySelector('[data-id="count"]').textContent).toBe("40,000 / 32,768 characters");
    byId(element, "submit").click();
    await settle();
    expect(saveAssessment).not.toHaveBeenCalled();
    expect(overall.value).toHaveLength(40000); // nothing cut
    change(overall, "Mehr Tempo, bitte.");
    byId(element, "submit").click();
    await settle();
    expect(sent().comment).toBe("Mehr Tempo, bitte.");
  });

  it("an internal respondent answers the team's dimensions with a colleague and a function", async () => {
    saveAssessment.mockResolvedValue({});
    const element = mount();
    await settle();
    change(byId(element, "respondent-type"), "Internal");
    await settle();
    expect(questionCodes(element)).toEqual(["Trust_Transparency", "Internal_Alignment", "Custom_Dim"]);
    // The function value set, in its order, each with its label (Accord_Function_<value>).
    const functions = byId(element, "function").options;
    expect(functions.map((o) => o.value)).toEqual([...RESPONDENT_FUNCTIONS]);
    expect(functions.find((o) => o.value === "Market Access").label).toBe("Market Access");
    expect(functions.find((o) => o.value === "HEOR").label).toBe("HEOR");
    change(byId(element, "colleague"), "005000000000002AAA");
    change(ratingOf(element, "Internal_Alignment"), "3");
    byId(element, "submit").click();
    await settle();
    expect(byId(element, "error").textContent).toBe("Choose the colleague's function.");
    expect(saveAssessment).not.toHaveBeenCalled();
    change(byId(element, "function"), "HEOR");
    byId(element, "save-draft").click();
    await settle();
    expect(saveAssessment.mock.calls[0][0].submit).toBe(false);
    expect(sent()).toMatchObject({ respondentType: "Internal", respondentId: "005000000000002AAA", function: "HEOR" });
    expect(byId(element, "notice").textContent).toBe("Draft saved.");
  });

  it("checks the respondent and a rating before a round trip", async () => {
    const element = mount();
    await settle();
    byId(element, "submit").click();
    await settle();
    expect(byId(element, "error").textContent).toBe("Choose who is answering.");
    change(byId(element, "contact"), "003000000000002AAA");
    byId(element, "submit").click();
    await settle();
    expect(byId(element, "error").textContent).toBe("Rate at least one dimension before submitting.");
    expect(saveAssessment).not.toHaveBeenCalled();
    await expectAccessible(element);
  });

  it("a second assessment is refused with the server's message and an offer to edit the existing draft", async () => {
    saveAssessment.mockRejectedValue({
      body: {
        message: JSON.stringify({
          message:
            "Dr. Anna Weber already has an assessment for 2026. Open it to edit the draft instead of starting a second one.",
          code: "DUPLICATE_ASSESSMENT",
          recordKey: "a08000000000001AAA"
        })
      }
    });
    const element = mount();
    await settle();
    change(byId(element, "contact"), "003000000000001AAA");
    change(ratingOf(element, "Trust_Transparency"), "5");
    byId(element, "submit").click();
    await settle();
    expect(byId(element, "error").textContent).toContain("already has an assessment for 2026");
    expect(saveAssessment.mock.calls[0][0].language).toBeNull();
    byId(element, "edit-existing").click();
    await settle();
    expect(byId(element, "error")).toBeNull();
    expect(byId(element, "contact").value).toBe("003000000000001AAA");
    expect(ratingOf(element, "Trust_Transparency").value).toBe("4");
    expect(ratingOf(element, "Scientific_Exchange").value).toBe("NA");
    expect(commentOf(element, "Scientific_Exchange").value).toBe("Kann ich nicht beurteilen");
    expect(byId(element, "overall-comment").value).toBe("Offen und verlässlich.");
    saveAssessment.mockResolvedValue({});
    byId(element, "submit").click();
    await settle();
    expect(sent().id).toBe("a08000000000001AAA");
  });

  it("lists the period's assessments and opens one for editing", async () => {
    const element = mount();
    await settle();
    const rows = element.shadowRoot.querySelectorAll('[data-id="existing"] li');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain("Dr. Anna Weber");
    expect(rows[0].textContent).toContain("Draft");
    byId(element, "edit").click();
    await settle();
    expect(byId(element, "contact").value).toBe("003000000000001AAA");
    byId(element, "new").click();
    await settle();
    expect(byId(element, "contact").value).toBeNull();
  });

  it("in customer mode shows only the customer part: no respondent type, no internal list", async () => {
    const element = mount();
    await settle();
    change(byId(element, "respondent-type"), "Internal");
    await settle();
    const listener = subscribe.mock.calls.find(([, channel]) => channel === CUSTOMER_MODE)[2];
    listener({ on: true });
    await settle();
    expect(byId(element, "respondent-type")).toBeNull();
    expect(byId(element, "existing")).toBeNull();
    expect(byId(element, "contact")).not.toBeNull();
    expect(questionCodes(element)).toEqual(["Trust_Transparency", "Scientific_Exchange", "Custom_Dim"]);
    await expectAccessible(element);
  });

  it("an assessment without a respondent name (a deleted contact) is named by its side", async () => {
    const anonymous = {
      ...SURVEY.assessments[0],
      id: "a08000000000002AAA",
      respondentType: "Internal",
      respondentId: null,
      respondentName: null,
      function: "Market Access",
      submittedOn: "2026-10-02"
    };
    getSurvey.mockResolvedValue({ ...SURVEY, assessments: [anonymous] });
    const element = mount();
    await settle();
    const row = element.shadowRoot.querySelector('[data-id="existing"] li');
    expect(row.textContent).toContain("Market Access");
    expect(row.textContent).toContain("Submitted");
    expect(byId(element, "edit").label).toBe("Edit Market Access");
  });

  it("in customer mode the survey speaks the plan's language", async () => {
    getDocumentLabels.mockResolvedValue({
      Accord_Survey_Title: "Kooperationsbefragung",
      Accord_Dimension_Trust_Transparency: "Vertrauen und Transparenz",
      Accord_Survey_Scale_1: "1 · Schlecht"
    });
    const element = await mountInCustomerMode("de");
    const { language, names } = getDocumentLabels.mock.calls[0][0];
    expect(language).toBe("de");
    expect(names).toEqual(expect.arrayContaining(["Accord_Survey_Title", "Accord_DimensionHelp_Scientific_Exchange"]));
    // The survey's own labels, its dimensions' and the text fields' counter and refusal (c-accord-text-field).
    const counterLabels = ["Accord_Common_CharCount", "Accord_Common_TooLong"];
    expect(names).toEqual(expect.arrayContaining(counterLabels));
    expect(
      names.every(
        (name) =>
          name.startsWith("Accord_Survey_") || name.startsWith("Accord_Dimension") || counterLabels.includes(name)
      )
    ).toBe(true);
    expect(element.shadowRoot.querySelector("lightning-card").title).toBe("Kooperationsbefragung");
    expect(element.shadowRoot.querySelector('li[data-code="Trust_Transparency"]').textContent).toContain(
      "Vertrauen und Transparenz"
    );
    expect(ratingOf(element, "Trust_Transparency").options[0].label).toBe("1 · Schlecht");
    expect(names).toContain("Accord_Survey_DimensionHelpFallback");
    // A label the server did not return stays in the user's language.
    expect(ratingOf(element, "Trust_Transparency").options[1].label).toBe("2 · Fair");
  });

  it("in customer mode the server's refusal reads in the plan's language: the save sends it", async () => {
    getDocumentLabels.mockResolvedValue({});
    saveAssessment.mockRejectedValue({
      body: {
        message: JSON.stringify({
          message: "Für Dr. Anna Weber gibt es für 2026 bereits eine Bewertung.",
          code: "DUPLICATE_ASSESSMENT",
          recordKey: "a08000000000001AAA"
        })
      }
    });
    const element = await mountInCustomerMode("de");
    change(byId(element, "contact"), "003000000000001AAA");
    change(ratingOf(element, "Trust_Transparency"), "5");
    byId(element, "submit").click();
    await settle();
    expect(saveAssessment.mock.calls[0][0].language).toBe("de");
    expect(byId(element, "error").textContent).toContain("bereits eine Bewertung");
    await expectAccessible(element);
  });

  it("outside customer mode, and for a plan in the user's language, no labels are fetched", async () => {
    getSurvey.mockResolvedValue({ ...SURVEY, planLanguage: "de" });
    const element = mount();
    await settle();
    expect(getDocumentLabels).not.toHaveBeenCalled();
    expect(element.shadowRoot.querySelector("lightning-card").title).toBe("Collaboration survey");
    const english = await mountInCustomerMode("en");
    expect(getDocumentLabels).not.toHaveBeenCalled();
    expect(english.shadowRoot.querySelector("lightning-card").title).toBe("Collaboration survey");
  });

  it("labels that cannot be fetched leave the survey in the user's language", async () => {
    getDocumentLabels.mockRejectedValue({ body: { message: "no" } });
    const element = await mountInCustomerMode("ja");
    expect(getDocumentLabels).toHaveBeenCalled();
    expect(element.shadowRoot.querySelector("lightning-card").title).toBe("Collaboration survey");
  });

  it("a survey that cannot be loaded says so", async () => {
    getSurvey.mockReset();
    getSurvey.mockRejectedValue({ body: { message: "boom" } });
    const element = mount();
    await settle();
    expect(byId(element, "load-error").textContent).toBe("boom");
  });

  it("an account without contacts says to add one first", async () => {
    getSurvey.mockResolvedValue({ ...SURVEY, contacts: [] });
    const element = mount();
    await settle();
    expect(byId(element, "no-contacts").textContent).toContain("Add the customer person as a contact first");
  });
});
