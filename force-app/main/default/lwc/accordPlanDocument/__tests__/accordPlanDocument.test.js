import { createElement } from "lwc";
import axe from "axe-core";
import { createHash } from "node:crypto";
import AccordPlanDocument from "c/accordPlanDocument";
import { canonicalPlanText, customerDocument } from "c/accordCore";
import saveAsFileWith from "@salesforce/apex/AccordPlanDocumentController.saveAsFileWith";
import getSignatureImages from "@salesforce/apex/AccordPlanDocumentController.getSignatureImages";
import { ShowToastEventName } from "lightning/platformShowToastEvent";
import { getNavigateCalledWith, resetNavigation } from "lightning/navigation";

jest.mock("@salesforce/apex/AccordPlanDocumentController.saveAsFileWith", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordPlanDocumentController.getSignatureImages", () => ({ default: jest.fn() }), {
  virtual: true
});
// The sample plans are German; these tests read the document's English texts, as the server returns labels
// without a translation (accordPlanDocumentLanguage.test.js shows real translations).
jest.mock(
  "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels",
  () => {
    const path = require("node:path");
    const { readLabelCatalog } = require("../../../../../../preview/build/labels.js");
    const { en } = readLabelCatalog(path.join(__dirname, "../../../../../.."));
    return {
      default: jest.fn(({ names }) => Promise.resolve(Object.fromEntries(names.map((name) => [name, en[name]]))))
    };
  },
  { virtual: true }
);

const DRAFT = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json");
const CLOSED = require("../../accordPlanWorkspace/__tests__/data/workspaceClosed.json");
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);

/** The parts of the document this selector finds, in the order it renders them (data-id, else the child's tag). */
const renderedOrder = (element, selector) =>
  [...element.shadowRoot.querySelectorAll(selector)].map((node) => node.dataset.id || node.localName);

function mount(plan) {
  const element = createElement("c-accord-plan-document", { is: AccordPlanDocument });
  element.plan = plan;
  document.body.appendChild(element);
  return element;
}

describe("c-accord-plan-document", () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.restoreAllMocks();
  });

  it("renders the signed plan for the customer with every decision and both signatures", async () => {
    const element = mount(AGREED.plan);
    await flush();
    expect(byId(element, "document").getAttribute("lang")).toBe("de");
    expect(byId(element, "doc-title").textContent).toBe("Customer Account Plan: Universitätsklinikum Beispielstadt");
    expect(byId(element, "doc-period").textContent).toBe("Period: 01/01/2026 – 12/31/2026");
    expect(byId(element, "doc-version").textContent).toBe("Version 2 · Agreed");
    expect(byId(element, "doc-needs-commit").textContent).toContain("Raised by Dr. Anna Schneider");
    expect(byId(element, "doc-goals").textContent).toBe(AGREED.plan.customerGoals);
    expect(byId(element, "doc-needs-commit").textContent).toContain(AGREED.plan.needs[0].verbatim);
    expect(byId(element, "doc-needs-commit").textContent).toContain("Reflex-Testung im Tumorboard");
    // Declined and deferred needs are in the document with their rationale.
    expect(byId(element, "doc-needs-decline").textContent).toContain("Personalkosten dürfen wir nicht finanzieren.");
    expect(byId(element, "doc-needs-defer").textContent).toContain("Schulungen planen wir für das nächste Jahr.");
    expect(byId(element, "doc-needs-pending")).toBeNull();
    expect(byId(element, "doc-initiatives").textContent).toContain("Pathologie und Onkologie stimmen den Ablauf ab");
    expect(byId(element, "doc-signatures").textContent).toContain("Dr. Anna Schneider");
    expect(byId(element, "doc-signatures").textContent).toContain("Kim Rep");
    expect(byId(element, "doc-hash").textContent).toBe(AGREED.plan.contentHash);
    expect(byId(element, "doc-verified")).not.toBeNull();
    const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it("shows customer text with HTML as text, and undecided needs of a draft", async () => {
    const element = mount(DRAFT.plan);
    await flush();
    const pending = byId(element, "doc-needs-pending");
    expect(pending.textContent).toContain("<b>HTML</b> & <script>alert(1)</script>");
    expect(pending.querySelector("b, script")).toBeNull();
    expect(byId(element, "doc-no-signatures")).not.toBeNull();
  });

  it("flags a fingerprint that does not match the content shown", async () => {
    const changed = { ...AGREED.plan, customerGoals: "Geändert" };
    const element = mount(changed);
    await flush();
    // The SHA-256 of the content shown, computed here with Node's crypto (not the component's sha256).
    const recomputed = createHash("sha256").update(canonicalPlanText(changed), "utf8").digest("hex");
    expect(recomputed).not.toBe(AGREED.plan.contentHash);
    expect(byId(element, "doc-mismatch").textContent).toBe(
      `Recomputed from this content, it does not match (${recomputed}). Reload the plan.`
    );
    expect(byId(element, "doc-verified")).toBeNull();
  });

  it("handles a plan without fingerprint or goals and content the rules cannot read", async () => {
    const element = mount({
      ...DRAFT.plan,
      contentHash: null,
      customerGoals: null,
      initiatives: [],
      needs: [{ ...DRAFT.plan.needs[0], decision: "Maybe", initiativeKey: null }]
    });
    await flush();
    expect(byId(element, "doc-hash")).toBeNull();
    expect(byId(element, "doc-initiatives")).toBeNull();
    expect(byId(element, "doc-mismatch")).toBeNull();
  });

  it("shows what the core's document model holds: blank values read Not set, as in the PDF", async () => {
    const initiative = AGREED.plan.initiatives[0];
    const plan = {
      ...AGREED.plan,
      periodStart: null,
      periodEnd: " ",
      customerGoals: " \n ",
      needs: AGREED.plan.needs.map((need) => ({ ...need, raisedByName: "  ", decisionRationale: "" })),
      initiatives: [
        {
          ...initiative,
          title: " ",
          successMeasure: null,
          targetDate: null,
          commitments: initiative.commitments.map((c) => ({ ...c, description: "", ownerName: null, dueDate: null }))
        }
      ],
      signatures: AGREED.plan.signatures.map((signature) => ({ ...signature, signerName: null, signedAt: null }))
    };
    const model = customerDocument(plan);
    const element = mount(plan);
    await flush();
    expect(byId(element, "doc-period").textContent).toBe("Period: Not set – Not set");
    expect(byId(element, "doc-goals")).toBeNull();
    expect(byId(element, "doc-needs").textContent).not.toContain("Raised by");
    const initiatives = byId(element, "doc-initiatives");
    expect(initiatives.querySelector("h5").textContent).toBe("Not set");
    expect(initiatives.textContent).toContain("What success looks like: Not set");
    expect(initiatives.textContent).toContain("Target date: Not set");
    // No owner and no due date: the description alone, no separator before missing values.
    expect(initiatives.querySelector("li").textContent.replace(/\s+/g, " ").trim()).toBe("Not set");
    const signatures = [...byId(element, "doc-signatures").querySelectorAll("li")];
    expect(signatures).toHaveLength(model.signatures.length);
    expect(signatures[0].textContent.replace(/\s+/g, " ").trim()).toBe(
      `Customer: Not set · ${model.signatures[0].method === "Email" ? "Email confirmation" : "In meeting"}`
    );
    // The sections follow the model's order.
    const order = ["doc-needs", "doc-initiatives", "doc-signatures", "doc-fingerprint"];
    const positions = order.map((id) =>
      [...element.shadowRoot.querySelectorAll("[data-id]")].indexOf(byId(element, id))
    );
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(model.sections.slice(2)).toEqual(["NEEDS", "INITIATIVES", "SIGNATURES", "FINGERPRINT"]);
    const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it("prints from the browser", async () => {
    const print = jest.spyOn(window, "print").mockImplementation(() => {});
    const element = mount(AGREED.plan);
    await flush();
    byId(element, "print").click();
    expect(print).toHaveBeenCalled();
  });

  it("saves the Salesforce PDF as a file on the plan, then opens it in the file preview", async () => {
    let finish;
    saveAsFileWith.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    resetNavigation();
    const element = mount(AGREED.plan);
    const toasts = [];
    element.addEventListener(ShowToastEventName, (event) => toasts.push(event.detail));
    await flush();
    byId(element, "save-file").click();
    await flush();
    expect(saveAsFileWith).toHaveBeenCalledWith({ planId: AGREED.plan.id, includeChanges: null });
    expect(byId(element, "saving-file")).not.toBeNull();
    expect(byId(element, "save-file").disabled).toBe(true);

    finish("069000000000001AAA");
    await flush();
    expect(byId(element, "saving-file")).toBeNull();
    expect(toasts).toEqual([{ title: "The PDF is saved in the plan's files.", variant: "success" }]);
    byId(element, "open-file").click();
    expect(getNavigateCalledWith().pageReference).toEqual({
      type: "standard__namedPage",
      attributes: { pageName: "filePreview" },
      state: { selectedRecordId: "069000000000001AAA" }
    });
  });

  it("shows why the PDF could not be saved next to the button, and lets the user try again", async () => {
    saveAsFileWith.mockRejectedValue({
      body: { message: JSON.stringify({ message: "Insufficient access to the plan.", code: "INSUFFICIENT_ACCESS" }) }
    });
    const element = mount(AGREED.plan);
    await flush();
    byId(element, "save-file").click();
    await flush();
    await flush();
    expect(byId(element, "file-error").textContent).toBe(
      "The PDF could not be saved: Insufficient access to the plan."
    );
    expect(byId(element, "open-file")).toBeNull();
    expect(byId(element, "save-file").disabled).toBe(false);
  });

  it("shows the review's outcomes only once the review has started, between the initiatives and the signatures", async () => {
    const agreed = mount(AGREED.plan);
    await flush();
    expect(agreed.shadowRoot.querySelector("c-accord-document-outcomes")).toBeNull();
    const closed = mount(CLOSED.plan);
    await flush();
    expect(
      renderedOrder(closed, '[data-id="doc-initiatives"], c-accord-document-outcomes, [data-id="doc-signatures"]')
    ).toEqual(["doc-initiatives", "c-accord-document-outcomes", "doc-signatures"]);
  });

  it("shows how the customer rated the partnership once the review has started, after the outcomes", async () => {
    const agreed = mount(AGREED.plan);
    await flush();
    expect(agreed.shadowRoot.querySelector("c-accord-document-partnership")).toBeNull();
    const closed = mount(CLOSED.plan);
    await flush();
    const partnership = closed.shadowRoot.querySelector("c-accord-document-partnership");
    expect(partnership.planId).toBe(CLOSED.plan.id);
    expect(partnership.doc.Doc_Partnership).toBe("How you rated our partnership");
    expect(partnership.response).toBeNull();
    const answered = mount({
      ...CLOSED.plan,
      reviews: [
        ...CLOSED.plan.reviews,
        { reviewType: "Check-in", reviewDate: "2026-01-10", whatWeWillChange: "Erst: schneller antworten." },
        { reviewType: "Annual review", reviewDate: "2026-06-20", whatWeWillChange: "Zuletzt: feste Ansprechpartner." },
        { reviewType: "Check-in", reviewDate: "2026-06-25", whatWeWillChange: null }
      ]
    });
    await flush();
    expect(answered.shadowRoot.querySelector("c-accord-document-partnership").response).toBe(
      "Zuletzt: feste Ansprechpartner."
    );
    expect(
      renderedOrder(closed, 'c-accord-document-outcomes, c-accord-document-partnership, [data-id="doc-signatures"]')
    ).toEqual(["c-accord-document-outcomes", "c-accord-document-partnership", "doc-signatures"]);
  });

  it("shows the signature drawn in the meeting, described by its signer, and method and date for the others", async () => {
    const drawing = "/sfc/servlet.shepherd/version/download/068000000000001AAA";
    getSignatureImages.mockResolvedValue({ "Company-2": drawing });
    const element = mount(AGREED.plan);
    await flush();
    await flush();
    expect(getSignatureImages).toHaveBeenCalledWith({ planId: AGREED.plan.id });
    const lines = [...element.shadowRoot.querySelectorAll('[data-id="doc-signature"]')];
    const company = lines.find((line) => line.textContent.includes("Kim Rep"));
    const customer = lines.find((line) => line.textContent.includes("Dr. Anna Schneider"));
    const image = company.querySelector('[data-id="doc-signature-image"]');
    expect(image.getAttribute("src")).toBe(drawing);
    expect(image.getAttribute("alt")).toBe("Signature drawn by Kim Rep");
    expect(customer.querySelector('[data-id="doc-signature-image"]')).toBeNull();
    expect(customer.textContent).toContain("Email");
    const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it("without the images (the call failed) every signature still shows its method and date", async () => {
    getSignatureImages.mockRejectedValue(new Error("offline"));
    const element = mount(AGREED.plan);
    await flush();
    await flush();
    expect(element.shadowRoot.querySelector('[data-id="doc-signature-image"]')).toBeNull();
    const lines = [...element.shadowRoot.querySelectorAll('[data-id="doc-signature"]')];
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => / · /.test(line.textContent))).toBe(true);
    expect(element.shadowRoot.querySelector('[data-id="file-error"]')).toBeNull();
  });

  it("asks for no images when no signature is shown", async () => {
    getSignatureImages.mockClear();
    mount(DRAFT.plan);
    await flush();
    expect(getSignatureImages).not.toHaveBeenCalled();
  });

  it("shows the empty state without a plan", async () => {
    const element = mount(null);
    await flush();
    expect(byId(element, "doc-empty").textContent).toBe("Start the plan to see the customer document.");
  });
});
