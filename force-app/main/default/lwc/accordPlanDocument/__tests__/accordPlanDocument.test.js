import { createElement } from "lwc";
import axe from "axe-core";
import AccordPlanDocument from "c/accordPlanDocument";
import saveAsFile from "@salesforce/apex/AccordPlanDocumentController.saveAsFile";
import { ShowToastEventName } from "lightning/platformShowToastEvent";
import { getNavigateCalledWith, resetNavigation } from "lightning/navigation";

jest.mock("@salesforce/apex/AccordPlanDocumentController.saveAsFile", () => ({ default: jest.fn() }), {
  virtual: true
});

const DRAFT = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json");
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);

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
    const element = mount({ ...AGREED.plan, customerGoals: "Geändert" });
    await flush();
    expect(byId(element, "doc-mismatch").textContent).toBe("c.Accord_Doc_FingerprintMismatch");
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

  it("prints from the browser", async () => {
    const print = jest.spyOn(window, "print").mockImplementation(() => {});
    const element = mount(AGREED.plan);
    await flush();
    byId(element, "print").click();
    expect(print).toHaveBeenCalled();
  });

  it("saves the Salesforce PDF as a file on the plan, then opens it in the file preview", async () => {
    let finish;
    saveAsFile.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    resetNavigation();
    const element = mount(AGREED.plan);
    const toasts = [];
    element.addEventListener(ShowToastEventName, (event) => toasts.push(event.detail));
    await flush();
    byId(element, "save-file").click();
    await flush();
    expect(saveAsFile).toHaveBeenCalledWith({ planId: AGREED.plan.id });
    expect(byId(element, "saving-file")).not.toBeNull();
    expect(byId(element, "save-file").disabled).toBe(true);

    finish("069000000000001AAA");
    await flush();
    expect(byId(element, "saving-file")).toBeNull();
    expect(toasts).toEqual([{ title: "c.Accord_Doc_FileSaved", variant: "success" }]);
    byId(element, "open-file").click();
    expect(getNavigateCalledWith().pageReference).toEqual({
      type: "standard__namedPage",
      attributes: { pageName: "filePreview" },
      state: { selectedRecordId: "069000000000001AAA" }
    });
  });

  it("shows why the PDF could not be saved next to the button, and lets the user try again", async () => {
    saveAsFile.mockRejectedValue({
      body: { message: JSON.stringify({ message: "Insufficient access to the plan.", code: "INSUFFICIENT_ACCESS" }) }
    });
    const element = mount(AGREED.plan);
    await flush();
    byId(element, "save-file").click();
    await flush();
    await flush();
    expect(byId(element, "file-error").textContent).toBe("c.Accord_Doc_FileError");
    expect(byId(element, "open-file")).toBeNull();
    expect(byId(element, "save-file").disabled).toBe(false);
  });

  it("shows the empty state without a plan", async () => {
    const element = mount(null);
    await flush();
    expect(byId(element, "doc-empty").textContent).toBe("c.Accord_Doc_Empty");
  });
});
