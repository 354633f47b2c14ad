import AccordDocumentPartnership from "c/accordDocumentPartnership";
import getCustomerView from "@salesforce/apex/AccordCollaborationController.getCustomerView";
import { LABELS } from "c/accordLabels";
import { settle, byId, mounter, resetDom, expectAccessible } from "test/accordTest";

jest.mock("@salesforce/apex/AccordCollaborationController.getCustomerView", () => ({ default: jest.fn() }), {
  virtual: true
});

const PLAN_ID = "a02000000000001AAA";
const VIEW = {
  period: "2026",
  respondents: 2,
  dimensions: [
    {
      code: "Trust_Transparency",
      label: "Trust and transparency",
      ratings: [
        { rating: 4, respondents: 1 },
        { rating: 2, respondents: 1 }
      ],
      comments: ["Zusagen kamen spät.", "Offen, aber <b>langsam</b>."]
    },
    { code: "Custom_Dim", label: "Admin-added dimension", ratings: [], comments: ["Noch kein Austausch."] }
  ]
};
const mount = mounter("c-accord-document-partnership", AccordDocumentPartnership, { planId: PLAN_ID });
const texts = (element, selector) =>
  [...element.shadowRoot.querySelectorAll(selector)].map((node) => node.textContent.trim());

describe("c-accord-document-partnership", () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it("shows the customer's own answers in the scale's words, how many chose each, and their comments as text", async () => {
    getCustomerView.mockResolvedValue(VIEW);
    const element = mount();
    await settle();
    expect(getCustomerView).toHaveBeenCalledWith({ planId: PLAN_ID });
    expect(byId(element, "doc-partnership").querySelector("h4").textContent).toBe("How you rated our partnership");
    expect(byId(element, "doc-partnership-intro").textContent).toContain("collaboration survey of 2026");
    expect(texts(element, '[data-id="doc-partnership-dimension"] h5')).toEqual([
      "Trust and transparency",
      "Admin-added dimension"
    ]);
    expect(texts(element, '[data-id="doc-partnership-answers"]')).toEqual(["4 · Very good (1) · 2 · Fair (1)"]);
    const comments = [...element.shadowRoot.querySelectorAll('[data-id="doc-partnership-comment"]')];
    expect(comments.map((node) => node.textContent.trim())).toEqual([
      "Zusagen kamen spät.",
      "Offen, aber <b>langsam</b>.",
      "Noch kein Austausch."
    ]);
    expect(comments[1].querySelector("b")).toBeNull();
    expect(comments.every((node) => node.getAttribute("dir") === "auto")).toBe(true);
    // The customer's view only: no score, index, mean or gap reaches the document.
    expect(element.shadowRoot.textContent).not.toMatch(/index|score|mean|gap/i);
    await expectAccessible(element);
  });

  it("speaks the plan's language: the labels the document passes", async () => {
    getCustomerView.mockResolvedValue(VIEW);
    const doc = {
      ...LABELS,
      Doc_Partnership: "Wie Sie unsere Zusammenarbeit bewertet haben",
      Doc_PartnershipIntro: "Ihre Antworten auf unsere Kooperationsbefragung {0}.",
      Dimension_Trust_Transparency: "Vertrauen und Transparenz",
      Survey_Scale_4: "4 · Sehr gut",
      Survey_Scale_2: "2 · Mäßig"
    };
    const element = mount({ doc });
    await settle();
    expect(byId(element, "doc-partnership").querySelector("h4").textContent).toBe(
      "Wie Sie unsere Zusammenarbeit bewertet haben"
    );
    expect(byId(element, "doc-partnership-intro").textContent).toBe(
      "Ihre Antworten auf unsere Kooperationsbefragung 2026."
    );
    expect(texts(element, '[data-id="doc-partnership-dimension"] h5')[0]).toBe("Vertrauen und Transparenz");
    expect(texts(element, '[data-id="doc-partnership-answers"]')).toEqual(["4 · Sehr gut (1) · 2 · Mäßig (1)"]);
  });

  it("then says what we will change, in the words written for the customer", async () => {
    getCustomerView.mockResolvedValue(VIEW);
    const element = mount({ response: "Wir antworten auf Abrechnungsfragen binnen <i>5</i> Tagen." });
    await settle();
    const response = byId(element, "doc-partnership-response");
    expect(response.textContent).toBe("Wir antworten auf Abrechnungsfragen binnen <i>5</i> Tagen.");
    expect(response.querySelector("i")).toBeNull();
    expect(response.previousElementSibling.textContent).toBe("What we will change");
    await expectAccessible(element);
  });

  it("shows what we will change even before the customer has answered, without an empty survey intro", async () => {
    getCustomerView.mockResolvedValue({ period: null, respondents: 0, dimensions: [] });
    const element = mount({ response: "Ein fester Ansprechpartner für Lieferfragen." });
    await settle();
    expect(byId(element, "doc-partnership")).not.toBeNull();
    expect(byId(element, "doc-partnership-intro")).toBeNull();
    expect(byId(element, "doc-partnership-response").textContent).toBe("Ein fester Ansprechpartner für Lieferfragen.");
  });

  it("is left out when the customer has not answered in the plan's years", async () => {
    getCustomerView.mockResolvedValue({ period: null, respondents: 0, dimensions: [] });
    const element = mount();
    await settle();
    expect(byId(element, "doc-partnership")).toBeNull();
    expect(byId(element, "doc-partnership-error")).toBeNull();
  });

  it("says so when the ratings cannot be loaded, and the rest of the document stands", async () => {
    getCustomerView.mockRejectedValue({ body: { message: "no" } });
    const element = mount();
    await settle();
    expect(byId(element, "doc-partnership")).toBeNull();
    expect(byId(element, "doc-partnership-error").textContent).toContain(
      "Your ratings of our partnership cannot be shown just now."
    );
    await expectAccessible(element);
  });

  it("asks nothing without a plan, and loads again for another plan", async () => {
    getCustomerView.mockResolvedValue(VIEW);
    const element = mounter("c-accord-document-partnership", AccordDocumentPartnership)();
    await settle();
    expect(getCustomerView).not.toHaveBeenCalled();
    element.planId = "a02000000000002AAA";
    await settle();
    expect(getCustomerView).toHaveBeenCalledWith({ planId: "a02000000000002AAA" });
    element.planId = "a02000000000002AAA";
    await settle();
    expect(getCustomerView).toHaveBeenCalledTimes(1);
  });
});
