// First: the AccordPlanController mocks, before the workspace imports them.
import { mountWorkspace } from "test/planWorkspaceTest";
import { createElement } from "lwc";
import AccordPlanWorkspace from "c/accordPlanWorkspace";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import createPlan from "@salesforce/apex/AccordPlanController.createPlan";
import savePlan from "@salesforce/apex/AccordPlanController.savePlan";
import performAction from "@salesforce/apex/AccordPlanController.performAction";
import createNextPlan from "@salesforce/apex/AccordPlanController.createNextPlan";
import getPlanWorkspace from "@salesforce/apex/AccordPlanController.getPlanWorkspace";
import { ShowToastEventName } from "lightning/platformShowToastEvent";
import { settle, byId, openSection, resetDom, expectAccessible } from "test/accordTest";

const DRAFT = require("./data/workspaceDraft.json");
const IN_REVIEW = require("./data/workspaceInReview.json");
const AGREED = require("./data/workspaceAgreed.json");
const CLOSED = require("./data/workspaceClosed.json");
const NO_PLAN = require("./data/workspaceNoPlan.json");

const ACCOUNT_ID = "001000000000001AAA";
const copy = (value) => JSON.parse(JSON.stringify(value));
const child = (element, selector) => element.shadowRoot.querySelector(selector);
const selectedTab = (element) => element.shadowRoot.querySelector('[role="tab"][aria-selected="true"]').dataset.value;
const apexError = (body) => ({
  status: 400,
  body: { message: typeof body === "string" ? body : JSON.stringify(body) }
});

function mount(recordId = ACCOUNT_ID, objectApiName = "Account") {
  const element = createElement("c-accord-plan-workspace", { is: AccordPlanWorkspace });
  element.objectApiName = objectApiName;
  element.recordId = recordId;
  document.body.appendChild(element);
  return element;
}

describe("c-accord-plan-workspace", () => {
  afterEach(resetDom);

  it("shows a labelled spinner while the workspace loads", async () => {
    getWorkspace.mockReturnValue(new Promise(() => {}));
    const element = mount();
    await Promise.resolve();
    expect(byId(element, "loading")).not.toBeNull();
    expect(element.shadowRoot.querySelector("lightning-spinner").alternativeText).toBe("Loading the account plan…");
    await expectAccessible(element);
  });

  it("loads the account's workspace and passes the plan to every part", async () => {
    const element = await mountWorkspace(DRAFT);
    expect(getWorkspace).toHaveBeenCalledWith({ accountId: ACCOUNT_ID });
    const header = child(element, "c-accord-plan-header");
    expect(header.plan.id).toBe(DRAFT.plan.id);
    expect(header.workingPlan.needs).toHaveLength(3);
    expect(child(element, "c-accord-need-list").editable).toBe(true);
    expect(child(element, "c-accord-need-entry")).not.toBeNull();
    expect((await openSection(element, "initiatives", "c-accord-initiative-list")).progressEditable).toBe(true);
    expect((await openSection(element, "sign", "c-accord-sign-panel")).busy).toBe(false);
    expect((await openSection(element, "document", "c-accord-plan-document")).plan.contentHash).toBe(
      DRAFT.plan.contentHash
    );
    expect(byId(element, "in-review-warning")).toBeNull();
    await expectAccessible(element);
  });

  it("shows the load error with the server's message and retries", async () => {
    getWorkspace.mockRejectedValueOnce(apexError({ message: "No access to this account.", code: "NO_ACCESS" }));
    const element = mount();
    await settle();
    expect(byId(element, "load-error").textContent).toContain("No access to this account.");
    await expectAccessible(element);
    getWorkspace.mockResolvedValueOnce(copy(DRAFT));
    byId(element, "retry-load").click();
    await settle();
    expect(byId(element, "load-error")).toBeNull();
    expect(child(element, "c-accord-plan-header")).not.toBeNull();
  });

  it("falls back to a generic message when the error has no text", async () => {
    getWorkspace.mockRejectedValueOnce({});
    const element = mount();
    await settle();
    expect(byId(element, "load-error").textContent).toContain("Something went wrong. Please try again.");
  });

  it("shows the no-record state without a record id and calls no Apex", async () => {
    const element = mount(null);
    await settle();
    expect(byId(element, "no-record").textContent).toBe("Open this component on an account or account plan record.");
    expect(getWorkspace).not.toHaveBeenCalled();
  });

  it("offers to create the first plan when the account has none, and creates it", async () => {
    const element = await mountWorkspace(NO_PLAN);
    const create = child(element, "c-accord-plan-create");
    expect(create.canCreate).toBe(true);
    await expectAccessible(element);
    createPlan.mockResolvedValue(copy(DRAFT.plan));
    create.dispatchEvent(new CustomEvent("createplan", { detail: { periodStart: "2026-01-01", planLanguage: "de" } }));
    await settle();
    expect(createPlan).toHaveBeenCalledWith({ accountId: ACCOUNT_ID, periodStart: "2026-01-01", planLanguage: "de" });
    expect(child(element, "c-accord-plan-create")).toBeNull();
    expect(child(element, "c-accord-plan-header").plan.id).toBe(DRAFT.plan.id);
  });

  it("keeps the create form and shows why creating failed", async () => {
    const element = await mountWorkspace(NO_PLAN);
    createPlan.mockRejectedValue(apexError({ message: "A plan for this period exists.", code: "DUPLICATE_PLAN" }));
    child(element, "c-accord-plan-create").dispatchEvent(
      new CustomEvent("createplan", { detail: { periodStart: "2026-01-01", planLanguage: "de" } })
    );
    await settle();
    expect(child(element, "c-accord-plan-create").actionError.message).toBe("A plan for this period exists.");
  });

  it("adds a need, normalizes its text and saves the whole plan", async () => {
    const element = await mountWorkspace(DRAFT);
    const saved = copy(DRAFT.plan);
    savePlan.mockImplementation(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
    // "Ä" typed as A + combining diaeresis, with a CRLF: saved as NFC with LF.
    child(element, "c-accord-need-entry").dispatchEvent(
      new CustomEvent("needadd", {
        detail: { fields: { verbatim: "A\u0308rzte fehlen\r\nam Wochenende", theme: "Workforce capacity" } }
      })
    );
    await settle();
    expect(savePlan).toHaveBeenCalledTimes(1);
    const sent = JSON.parse(savePlan.mock.calls[0][0].planJson);
    expect(sent.needs).toHaveLength(saved.needs.length + 1);
    const added = sent.needs[sent.needs.length - 1];
    expect(added).toMatchObject({
      verbatim: "\u00c4rzte fehlen\nam Wochenende",
      decision: "Pending",
      sequence: 4,
      theme: "Workforce capacity"
    });
    expect(added.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(byId(element, "save-status").textContent.trim()).toBe("All changes saved");
    expect(child(element, "c-accord-need-list").plan.needs).toHaveLength(4);
  });

  it("keeps what the user typed when the save fails and shows the error next to the need", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockRejectedValueOnce(
      apexError({ message: "Verbatim is too long.", code: "FIELD_TOO_LONG", recordKey: DRAFT.plan.needs[0].key })
    );
    child(element, "c-accord-need-list").dispatchEvent(
      new CustomEvent("needupdate", {
        detail: { key: DRAFT.plan.needs[0].key, changes: { verbatim: "Neu formuliert" } }
      })
    );
    await settle();
    const list = child(element, "c-accord-need-list");
    expect(list.plan.needs[0].verbatim).toBe("Neu formuliert");
    expect(list.error).toMatchObject({ message: "Verbatim is too long.", recordKey: DRAFT.plan.needs[0].key });
    expect(byId(element, "save-error-message")).toBeNull();
    expect(byId(element, "save-status").textContent.trim()).toBe("Changes not saved yet");
    await expectAccessible(element);
    // "Go to it" brings the need into view.
    const focusSpy = jest.fn();
    list.focusRecord = focusSpy;
    byId(element, "show-save-error").click();
    await settle();
    expect(focusSpy).toHaveBeenCalledWith(DRAFT.plan.needs[0].key);
    // Retrying sends the kept change.
    savePlan.mockImplementation(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
    byId(element, "retry-save").click();
    await settle();
    expect(JSON.parse(savePlan.mock.calls[1][0].planJson).needs[0].verbatim).toBe("Neu formuliert");
    expect(child(element, "c-accord-need-list").error).toBeNull();
  });

  it("shows a save error without a record at the top, and discarding reloads the plan", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockRejectedValueOnce(apexError("Plain text failure"));
    child(element, "c-accord-customer-goals").dispatchEvent(
      new CustomEvent("goalsupdate", { detail: { customerGoals: "Neue Ziele" } })
    );
    await settle();
    expect(byId(element, "save-error-message").textContent).toContain("Plain text failure");
    expect(byId(element, "show-save-error")).toBeNull();
    expect(child(element, "c-accord-customer-goals").plan.customerGoals).toBe("Neue Ziele");
    await expectAccessible(element);
    getWorkspace.mockResolvedValueOnce(copy(DRAFT));
    byId(element, "discard").click();
    await settle();
    expect(byId(element, "save-error")).toBeNull();
    expect(child(element, "c-accord-customer-goals").plan.customerGoals).toBe(DRAFT.plan.customerGoals);
  });

  it("queues edits made while a save runs and saves them right after", async () => {
    const element = await mountWorkspace(DRAFT);
    let release;
    savePlan.mockImplementationOnce(
      ({ planJson }) => new Promise((resolve) => (release = () => resolve(JSON.parse(planJson))))
    );
    savePlan.mockImplementation(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
    const list = await openSection(element, "initiatives", "c-accord-initiative-list");
    list.dispatchEvent(new CustomEvent("initiativeadd", { detail: { fields: { title: "Zweite Initiative" } } }));
    await settle();
    expect(byId(element, "save-status").textContent.trim()).toBe("Saving…");
    list.dispatchEvent(
      new CustomEvent("commitmentupdate", {
        detail: { key: DRAFT.plan.initiatives[0].commitments[0].key, changes: { status: "Done" } }
      })
    );
    await settle();
    expect(savePlan).toHaveBeenCalledTimes(1);
    release();
    await settle();
    expect(savePlan).toHaveBeenCalledTimes(2);
    const second = JSON.parse(savePlan.mock.calls[1][0].planJson);
    expect(second.initiatives.map((i) => i.title)).toEqual(["Reflex-Testung im Tumorboard", "Zweite Initiative"]);
    expect(second.initiatives[0].commitments[0].status).toBe("Done");
  });

  it("applies every kind of edit to the working copy", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockImplementation(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
    const list = await openSection(element, "initiatives", "c-accord-initiative-list");
    const initiativeKey = DRAFT.plan.initiatives[0].key;
    const send = async (target, type, detail) => {
      target.dispatchEvent(new CustomEvent(type, { detail }));
      await settle();
    };
    await send(list, "commitmentadd", { initiativeKey, fields: { party: "Customer", description: "Daten liefern" } });
    await send(list, "initiativeupdate", { key: initiativeKey, changes: { title: "Reflex-Testung" } });
    await send(list, "commitmentremove", { key: DRAFT.plan.initiatives[0].commitments[0].key });
    await send(child(element, "c-accord-need-list"), "needremove", { key: DRAFT.plan.needs[2].key });
    let plan = JSON.parse(savePlan.mock.calls[savePlan.mock.calls.length - 1][0].planJson);
    expect(plan.initiatives[0].title).toBe("Reflex-Testung");
    expect(plan.initiatives[0].commitments.map((c) => c.description)).toEqual([
      "Pathologie und Onkologie stimmen den Ablauf ab",
      "Daten liefern"
    ]);
    expect(plan.needs).toHaveLength(2);
    await send(await openSection(element, "initiatives", "c-accord-initiative-list"), "initiativeremove", {
      key: initiativeKey
    });
    plan = JSON.parse(savePlan.mock.calls[savePlan.mock.calls.length - 1][0].planJson);
    expect(plan.initiatives).toEqual([]);
    expect(plan.needs[0].initiativeKey).toBeNull();
  });

  it("warns that content edits in review create a new version", async () => {
    const element = await mountWorkspace(IN_REVIEW);
    expect(byId(element, "in-review-warning").textContent).toBe(
      "This plan is in review: saving a content change creates version 3 and earlier signatures no longer count."
    );
    expect(child(element, "c-accord-need-list").editable).toBe(true);
  });

  it("warns in a pulled-back draft whose version was shared that a content edit creates a new version", async () => {
    const pulledBack = JSON.parse(JSON.stringify(DRAFT));
    pulledBack.plan.sharedOn = "2026-07-01";
    const element = await mountWorkspace(pulledBack);
    expect(byId(element, "in-review-warning").textContent).toBe(
      `This version was shared with the customer: saving a content change creates version ${
        DRAFT.plan.version + 1
      }, and the shared version stays as the customer saw it.`
    );
  });

  it("locks content of an agreed plan but keeps progress editable", async () => {
    const element = await mountWorkspace(AGREED);
    expect(byId(element, "content-locked")).not.toBeNull();
    expect(child(element, "c-accord-need-entry")).toBeNull();
    expect(child(element, "c-accord-need-list").editable).toBe(false);
    expect((await openSection(element, "initiatives", "c-accord-initiative-list")).progressEditable).toBe(true);
    await expectAccessible(element);
  });

  it("is read-only for a user who cannot edit plans", async () => {
    const workspace = copy(DRAFT);
    workspace.permissions.canEditPlans = false;
    const element = await mountWorkspace(workspace);
    expect(byId(element, "read-only")).not.toBeNull();
    expect(child(element, "c-accord-need-list").editable).toBe(false);
    expect((await openSection(element, "initiatives", "c-accord-initiative-list")).progressEditable).toBe(false);
  });

  it("performs a lifecycle action, shows a toast and takes the server's plan", async () => {
    const element = await mountWorkspace(copy(DRAFT));
    const toast = jest.fn();
    element.addEventListener(ShowToastEventName, toast);
    const shared = { ...copy(IN_REVIEW.plan) };
    performAction.mockResolvedValue(shared);
    (await openSection(element, "sign", "c-accord-sign-panel")).dispatchEvent(
      new CustomEvent("planaction", { detail: { action: { type: "share" }, source: "sign" } })
    );
    await settle();
    expect(performAction).toHaveBeenCalledWith({
      planId: DRAFT.plan.id,
      actionJson: JSON.stringify({ type: "share", revision: DRAFT.plan.revision })
    });
    expect(toast.mock.calls.map(([event]) => event.detail)).toEqual([
      { title: "The plan was updated.", variant: "success" }
    ]);
    expect(child(element, "c-accord-plan-header").plan.status).toBe("In Review");
  });

  it("shows a rejected action next to the panel that asked for it and reloads on request", async () => {
    const element = await mountWorkspace(IN_REVIEW);
    performAction.mockRejectedValue(
      apexError({ message: "The plan changed: version 3 is current.", code: "STALE_VERSION" })
    );
    const panel = await openSection(element, "sign", "c-accord-sign-panel");
    panel.dispatchEvent(new CustomEvent("planaction", { detail: { action: { type: "sign" }, source: "sign" } }));
    await settle();
    expect(panel.actionError).toMatchObject({
      code: "STALE_VERSION",
      message: "The plan changed: version 3 is current."
    });
    expect((await openSection(element, "review", "c-accord-plan-review")).actionError).toBeNull();
    expect(child(element, "c-accord-plan-header").actionError).toBeNull();
    getWorkspace.mockResolvedValueOnce(copy(IN_REVIEW));
    panel.dispatchEvent(new CustomEvent("reload"));
    await settle();
    expect(getWorkspace).toHaveBeenCalledTimes(2);
    expect((await openSection(element, "sign", "c-accord-sign-panel")).actionError).toBeNull();
  });

  it("creates next period's plan from a closed one and lists the closed plan as earlier", async () => {
    const element = await mountWorkspace(CLOSED);
    const next = { ...copy(DRAFT.plan), id: "a02000000000009AAA", periodStart: "2027-01-01", periodEnd: "2027-12-31" };
    createNextPlan.mockResolvedValue(next);
    child(element, "c-accord-plan-header").dispatchEvent(new CustomEvent("createnextplan"));
    await settle();
    // The header opens the carry-over dialog; its choice creates the plan.
    expect(createNextPlan).not.toHaveBeenCalled();
    const selection = { needKeys: [], initiativeKeys: [CLOSED.plan.initiatives[0].key], commitmentKeys: [] };
    child(element, "c-accord-carry-over").dispatchEvent(new CustomEvent("carryover", { detail: { selection } }));
    await settle();
    expect(createNextPlan).toHaveBeenCalledWith({ planId: CLOSED.plan.id, selectionJson: JSON.stringify(selection) });
    expect(child(element, "c-accord-carry-over")).toBeNull();
    const header = child(element, "c-accord-plan-header");
    expect(header.plan.id).toBe("a02000000000009AAA");
    expect(header.otherPlans.map((p) => p.id)).toEqual([CLOSED.plan.id, "a02000000000000AAA"]);
  });

  it("shows a failed next plan in the header", async () => {
    const element = await mountWorkspace(CLOSED);
    createNextPlan.mockRejectedValue(apexError({ message: "Next plan exists.", code: "DUPLICATE_PLAN" }));
    child(element, "c-accord-plan-header").dispatchEvent(new CustomEvent("createnextplan"));
    await settle();
    const selection = { needKeys: [], initiativeKeys: [], commitmentKeys: [] };
    child(element, "c-accord-carry-over").dispatchEvent(new CustomEvent("carryover", { detail: { selection } }));
    await settle();
    expect(child(element, "c-accord-plan-header").actionError.message).toBe("Next plan exists.");
    // Cancel closes the dialog.
    child(element, "c-accord-carry-over").dispatchEvent(new CustomEvent("cancel"));
    await settle();
    expect(child(element, "c-accord-carry-over")).toBeNull();
  });

  it("jumps to the record a blocker names: opens its tab and focuses it", async () => {
    const element = await mountWorkspace(DRAFT);
    const list = child(element, "c-accord-need-list");
    const focusSpy = jest.fn();
    list.focusRecord = focusSpy;
    const sign = await openSection(element, "sign", "c-accord-sign-panel");
    expect(selectedTab(element)).toBe("sign");
    expect(byId(element, "tab-sign").classList.contains("slds-show")).toBe(true);
    expect(byId(element, "tab-listen").classList.contains("slds-hide")).toBe(true);
    sign.dispatchEvent(
      new CustomEvent("fix", { detail: { recordKey: DRAFT.plan.needs[1].key, code: "NEED_UNDECIDED" } })
    );
    await settle();
    expect(selectedTab(element)).toBe("listen");
    expect(focusSpy).toHaveBeenCalledWith(DRAFT.plan.needs[1].key);
  });

  it("jumps to a section for findings without a record", async () => {
    const element = await mountWorkspace(DRAFT);
    const initiatives = await openSection(element, "initiatives", "c-accord-initiative-list");
    await openSection(element, "listen");
    const focusSpy = jest.fn();
    initiatives.focusRecord = focusSpy;
    child(element, "c-accord-plan-header").dispatchEvent(
      new CustomEvent("fix", { detail: { recordKey: null, section: "initiatives" } })
    );
    await settle();
    expect(selectedTab(element)).toBe("initiatives");
    expect(focusSpy).toHaveBeenCalledWith(null);
  });

  it("follows the tab the user opens, and keeps an opened section as it was when another is chosen", async () => {
    const element = await mountWorkspace(DRAFT);
    const tab = byId(element, "tab-link-review");
    expect(tab.getAttribute("aria-selected")).toBe("false");
    expect(tab.getAttribute("tabindex")).toBe("-1");
    const click = new CustomEvent("click", { cancelable: true });
    tab.dispatchEvent(click);
    await settle();
    expect(click.defaultPrevented).toBe(true);
    expect(selectedTab(element)).toBe("review");
    expect(tab.getAttribute("tabindex")).toBe("0");
    // The panel is labelled by its tab; the listen panel is still there, hidden, with the same need list.
    expect(byId(element, "tab-review").getAttribute("role")).toBe("tabpanel");
    expect(byId(element, "tab-review").getAttribute("aria-labelledby")).toBe(tab.id);
    expect(byId(element, "tab-listen").classList.contains("slds-hide")).toBe(true);
    expect(child(element, "c-accord-need-list")).not.toBeNull();
    // A section never opened is not rendered.
    expect(byId(element, "tab-document")).toBeNull();
    await expectAccessible(element);
  });

  it("moves between tabs with the arrow keys, Home and End, and focuses the chosen tab", async () => {
    const element = await mountWorkspace(DRAFT);
    const press = async (key) => {
      const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
      byId(element, "tabs").dispatchEvent(event);
      await settle();
      return event;
    };
    expect((await press("ArrowRight")).defaultPrevented).toBe(true);
    expect(selectedTab(element)).toBe("initiatives");
    expect(element.shadowRoot.activeElement).toBe(byId(element, "tab-link-initiatives"));
    await press("ArrowLeft");
    await press("ArrowLeft");
    expect(selectedTab(element)).toBe("stakeholders");
    await press("Home");
    expect(selectedTab(element)).toBe("listen");
    await press("End");
    expect(selectedTab(element)).toBe("stakeholders");
    await press("ArrowRight");
    expect(selectedTab(element)).toBe("listen");
    expect((await press("a")).defaultPrevented).toBe(false);
    expect(selectedTab(element)).toBe("listen");
  });

  it("shows the plan of a plan record page, not the account's current one", async () => {
    getPlanWorkspace.mockResolvedValue(copy(CLOSED));
    const element = mount(CLOSED.plan.id, "Customer_Account_Plan__c");
    await settle();
    expect(getPlanWorkspace).toHaveBeenCalledWith({ planId: CLOSED.plan.id });
    expect(getWorkspace).not.toHaveBeenCalled();
    expect(child(element, "c-accord-plan-header").plan.id).toBe(CLOSED.plan.id);
  });

  it("shows why the plan of a plan record page could not be loaded", async () => {
    getPlanWorkspace.mockRejectedValue(
      apexError({ message: "The plan was not found or you do not have access to it.", code: "PLAN_NOT_FOUND" })
    );
    const element = mount("a01000000000009AAA", "Customer_Account_Plan__c");
    await settle();
    expect(byId(element, "load-error").textContent).toContain("The plan was not found");
  });
});
