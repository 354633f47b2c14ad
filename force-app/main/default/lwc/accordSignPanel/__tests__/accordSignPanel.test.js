import { createElement } from "lwc";
import AccordSignPanel from "c/accordSignPanel";
import { flush, byId, resetDom, expectAccessible } from "test/accordTest";

const DRAFT = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const IN_REVIEW = require("../../accordPlanWorkspace/__tests__/data/workspaceInReview.json");
const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json");
const copy = (value) => JSON.parse(JSON.stringify(value));

jest.mock(
  "@salesforce/apex/AccordStakeholderController.getStakeholderMap",
  () => ({ default: jest.fn(() => Promise.resolve(null)) }),
  { virtual: true }
);
const allById = (element, id) => Array.from(element.shadowRoot.querySelectorAll(`[data-id="${id}"]`));

function mount(workspace, props = {}) {
  const element = createElement("c-accord-sign-panel", { is: AccordSignPanel });
  Object.assign(
    element,
    { plan: workspace.plan, stakeholders: workspace.stakeholders, permissions: workspace.permissions },
    props
  );
  document.body.appendChild(element);
  return element;
}

describe("c-accord-sign-panel", () => {
  afterEach(resetDom);

  it("lists what blocks sharing, each linked to the record to fix", async () => {
    const element = mount(DRAFT);
    const fix = jest.fn();
    element.addEventListener("fix", fix);
    await flush();
    const blockers = allById(element, "blocker");
    expect(blockers.map((b) => b.dataset.code)).toEqual(["NEED_UNDECIDED"]);
    expect(blockers[0].textContent).toContain("This need has no decision yet: commit, defer or decline it.");
    expect(blockers[0].textContent).toContain("Die Pflege braucht Schulungen");
    expect(byId(element, "share").disabled).toBe(true);
    await expectAccessible(element);
    byId(element, "blocker-fix").click();
    expect(fix.mock.calls[0][0].detail).toEqual({ recordKey: DRAFT.plan.needs[1].key, code: "NEED_UNDECIDED" });
  });

  it("names every kind of blocker with its label and parameters", async () => {
    const plan = copy(DRAFT.plan);
    plan.needs[0].initiativeKey = null;
    plan.needs[2].decisionRationale = " ";
    plan.initiatives[0].targetDate = "2027-03-01";
    plan.initiatives[0].successMeasure = null;
    plan.initiatives[0].commitments = [];
    const element = mount({ ...DRAFT, plan });
    await flush();
    expect(allById(element, "blocker").map((b) => b.dataset.code)).toEqual([
      "NEED_NOT_LINKED",
      "NEED_UNDECIDED",
      "NEED_RATIONALE_MISSING",
      "INITIATIVE_MEASURE_MISSING",
      "INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD",
      "INITIATIVE_COMPANY_COMMITMENT_MISSING",
      "INITIATIVE_CUSTOMER_COMMITMENT_MISSING"
    ]);
    expect(allById(element, "blocker").map((b) => b.querySelector("p").textContent)).toEqual([
      "Link this committed need to an initiative.",
      "This need has no decision yet: commit, defer or decline it.",
      "Explain this decision in words the customer will read.",
      "Say what success looks like for this initiative.",
      "Move this initiative's target date inside the plan period (2026-01-01 – 2026-12-31).",
      "Add what our company commits to for this initiative.",
      "Add what the customer commits to for this initiative."
    ]);
    expect(byId(element, "blockers-heading").textContent).toBe("Before sharing, fix these (7):");
  });

  it("shares a ready plan", async () => {
    const plan = copy(DRAFT.plan);
    plan.needs[1].decision = "Defer";
    plan.needs[1].decisionRationale = "Nächstes Jahr.";
    const element = mount({ ...DRAFT, plan });
    const action = jest.fn();
    element.addEventListener("planaction", action);
    await flush();
    expect(byId(element, "ready").textContent).toBe(
      "Everything is decided and both sides have commitments. The plan can be shared with the customer."
    );
    expect(byId(element, "share").disabled).toBe(false);
    byId(element, "share").click();
    expect(action.mock.calls[0][0].detail).toEqual({ action: { type: "share" }, source: "sign" });
  });

  it("cannot share while something else runs", async () => {
    const plan = copy(DRAFT.plan);
    plan.needs[1].decision = "Defer";
    plan.needs[1].decisionRationale = "Nächstes Jahr.";
    const element = mount({ ...DRAFT, plan }, { busy: true });
    await flush();
    expect(byId(element, "share").disabled).toBe(true);
  });

  it("shows which version each party signed and keeps superseded signatures visible", async () => {
    const element = mount(IN_REVIEW);
    await flush();
    expect(byId(element, "signatures").querySelector("h3").textContent).toBe("Signatures for version 2");
    const customer = byId(element, "party-customer");
    expect(customer.querySelector('[data-id="signed"]').textContent).toBe("Signed by Dr. Anna Schneider on version 2");
    expect(customer.querySelector("code").textContent).toBe("29c9 2844 3d64");
    expect(customer.textContent).toContain("Method: Email");
    expect(byId(element, "party-company").querySelector('[data-id="not-signed"]').textContent).toBe("Not signed yet");
    expect(byId(element, "sign-customer")).toBeNull();
    expect(byId(element, "sign-company")).not.toBeNull();
    const history = allById(element, "history-entry");
    expect(history).toHaveLength(1);
    expect(history[0].textContent).toContain("Signed by Kim Rep on version 1");
    expect(history[0].querySelector('[data-id="superseded"]').textContent).toBe("Superseded by a later version");
    await expectAccessible(element);
  });

  it("opens the company signature form and sends its signature", async () => {
    const element = mount(IN_REVIEW);
    const action = jest.fn();
    element.addEventListener("planaction", action);
    await flush();
    byId(element, "sign-company").click();
    await flush();
    const form = element.shadowRoot.querySelector("c-accord-signature-form");
    expect(form.party).toBe("Company");
    expect(byId(element, "sign-company")).toBeNull();
    form.dispatchEvent(new CustomEvent("sign", { detail: { action: { type: "sign", party: "Company" } } }));
    expect(action.mock.calls[0][0].detail).toEqual({ action: { type: "sign", party: "Company" }, source: "sign" });
    // The plan comes back signed: the form closes.
    element.plan = copy(AGREED.plan);
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-signature-form")).toBeNull();
  });

  it("records the customer's signature once the company has signed", async () => {
    const plan = copy(IN_REVIEW.plan);
    plan.signatures[1].party = "Company";
    plan.signatures[1].signerName = "Kim Rep";
    const element = mount({ ...IN_REVIEW, plan });
    await flush();
    byId(element, "sign-customer").click();
    await flush();
    const form = element.shadowRoot.querySelector("c-accord-signature-form");
    expect(form.party).toBe("Customer");
    form.dispatchEvent(new CustomEvent("signcancel"));
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-signature-form")).toBeNull();
    // A new plan that is still unsigned keeps an open form.
    byId(element, "sign-customer").click();
    await flush();
    element.plan = copy(plan);
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-signature-form")).not.toBeNull();
  });

  it("offers no company signature without the sign permission and says when no signatory exists", async () => {
    const workspace = copy(IN_REVIEW);
    workspace.permissions.canSign = false;
    workspace.plan.signatures = [];
    workspace.stakeholders.forEach((s) => (s.isSignatory = false));
    const element = mount(workspace);
    await flush();
    expect(byId(element, "sign-company")).toBeNull();
    expect(byId(element, "sign-blocker").textContent.trim()).toBe(
      "No contact of this account is marked as signatory. Mark one in the stakeholder map."
    );
  });

  it("pulls a shared plan back to draft", async () => {
    const element = mount(IN_REVIEW);
    const action = jest.fn();
    element.addEventListener("planaction", action);
    await flush();
    byId(element, "pull-back").click();
    expect(action.mock.calls[0][0].detail.action).toEqual({ type: "pullBack" });
  });

  it("explains a stale signature and offers to reload", async () => {
    const element = mount(IN_REVIEW, {
      actionError: { message: "Version 3 is current.", code: "STALE_VERSION", recordKey: null }
    });
    const reload = jest.fn();
    element.addEventListener("reload", reload);
    await flush();
    expect(byId(element, "sign-stale").textContent).toBe(
      "The plan changed since you opened it. Reload it and show the signer the current version."
    );
    expect(byId(element, "sign-error").textContent).toContain("Version 3 is current.");
    await expectAccessible(element);
    byId(element, "sign-reload").click();
    expect(reload).toHaveBeenCalled();
  });

  it("names the record of another rejected action", async () => {
    const element = mount(DRAFT, {
      actionError: { message: "Need undecided.", code: "NEED_UNDECIDED", recordKey: DRAFT.plan.needs[1].key }
    });
    await flush();
    expect(byId(element, "sign-stale")).toBeNull();
    expect(byId(element, "sign-error").textContent).toContain("Die Pflege braucht Schulungen");
  });

  it("shows an agreed plan and reopens it with a reason", async () => {
    const element = mount(AGREED);
    const action = jest.fn();
    element.addEventListener("planaction", action);
    await flush();
    expect(byId(element, "agreed").textContent).toBe("Agreed: both parties signed version 2.");
    // Which version each party signed stays visible after agreement.
    expect(byId(element, "party-company").querySelector('[data-id="signed"]').textContent).toBe(
      "Signed by Kim Rep on version 2"
    );
    expect(byId(element, "party-customer").querySelector('[data-id="signed"]').textContent).toBe(
      "Signed by Dr. Anna Schneider on version 2"
    );
    expect(byId(element, "sign-company")).toBeNull();
    expect(allById(element, "history-entry")).toHaveLength(1);
    await expectAccessible(element);
    byId(element, "reopen-submit").click();
    await flush();
    expect(byId(element, "reopen-error").textContent).toBe("Give the reason for reopening.");
    expect(action).not.toHaveBeenCalled();
    const reason = byId(element, "reopen-reason");
    // The message goes on the base input inside c-accord-text-field, with a counter under it.
    const reasonInput = Object.assign(reason.shadowRoot.querySelector('[data-id="input"]'), {
      setCustomValidity: jest.fn(),
      reportValidity: jest.fn()
    });
    reason.value = "z".repeat(40000); // beyond the limit: refused with the numbers, never cut
    reason.dispatchEvent(new CustomEvent("change"));
    byId(element, "reopen-submit").click();
    expect(action).not.toHaveBeenCalled();
    await flush();
    expect(reason.shadowRoot.querySelector('[data-id="count"]').textContent).toBe("40,000 / 32,768 characters");
    expect(reasonInput.setCustomValidity).toHaveBeenLastCalledWith(
      "This text has 40,000 characters; at most 32,768 fit. Shorten it: nothing was cut and nothing is saved until it fits."
    );
    reason.value = "Die Klinik hat eine neue Leitung.";
    reason.dispatchEvent(new CustomEvent("change"));
    byId(element, "reopen-submit").click();
    expect(action.mock.calls[0][0].detail.action).toEqual({
      type: "reopen",
      reason: "Die Klinik hat eine neue Leitung."
    });
  });

  it("offers reopening only to plan managers", async () => {
    const workspace = copy(AGREED);
    workspace.permissions.isPlanManager = false;
    const element = mount(workspace);
    await flush();
    expect(byId(element, "reopen")).toBeNull();
  });

  it("says so when the rules cannot read the plan", async () => {
    const plan = copy(DRAFT.plan);
    plan.needs[0].decision = "Maybe";
    const element = mount({ ...DRAFT, plan });
    await flush();
    expect(byId(element, "rules-error").textContent).toBe(
      'The plan could not be checked: plan.needs[0].decision must be one of Pending, Commit, Defer, Decline (got "Maybe").'
    );
    expect(byId(element, "share").disabled).toBe(true);
  });

  it("focuses the share button on request", async () => {
    const element = mount(DRAFT);
    await flush();
    const focus = jest.spyOn(byId(element, "share"), "focus");
    element.focusRecord();
    expect(focus).toHaveBeenCalled();
  });

  it("shows the customer signatory's title and role like 'Raised by', not while the screen faces the customer", async () => {
    const workspace = copy(AGREED);
    workspace.stakeholders[0].title = "Ärztliche Direktorin";
    const element = mount(workspace);
    await flush();
    const customer = byId(element, "party-customer");
    expect(customer.querySelector("c-accord-stakeholder-tag").contactId).toBe("003000000000001AAA");
    const tag = customer.querySelector("c-accord-stakeholder-tag");
    expect(tag.shadowRoot.querySelector('[data-id="stakeholder-details"]').textContent).toBe(
      " (Ärztliche Direktorin, Medical Director)"
    );
    // The company signs as a user: no stakeholder, no tag.
    expect(byId(element, "party-company").querySelector("c-accord-stakeholder-tag")).toBeNull();
    await expectAccessible(element);

    element.customerMode = true;
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-stakeholder-tag")).toBeNull();
  });
});
