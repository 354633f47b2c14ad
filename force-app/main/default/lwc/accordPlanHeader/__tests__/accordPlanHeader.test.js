import { createElement } from "lwc";
import AccordPlanHeader from "c/accordPlanHeader";
import { getNavigateCalledWith, resetNavigation } from "lightning/navigation";
import getConfiguration from "@salesforce/apex/AccordConfigurationController.getConfiguration";
import { flush, byId, resetDom, expectAccessible } from "test/accordTest";

jest.mock("@salesforce/apex/AccordConfigurationController.getConfiguration", () => ({ default: jest.fn() }), {
  virtual: true
});

const DRAFT = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json");
const CLOSED = require("../../accordPlanWorkspace/__tests__/data/workspaceClosed.json");
const copy = (value) => JSON.parse(JSON.stringify(value));
const allById = (element, id) => Array.from(element.shadowRoot.querySelectorAll(`[data-id="${id}"]`));

/** Opens the health checklist, as a click on its summary does (it is built when opened). */
async function openChecklist(element) {
  const details = byId(element, "health-details");
  details.open = true;
  details.dispatchEvent(new CustomEvent("toggle"));
  await flush();
}

function mount(workspace, props = {}) {
  const element = createElement("c-accord-plan-header", { is: AccordPlanHeader });
  Object.assign(
    element,
    {
      plan: workspace.plan,
      workingPlan: workspace.plan,
      account: workspace.account,
      otherPlans: workspace.otherPlans,
      canCreateNext: true
    },
    props
  );
  document.body.appendChild(element);
  return element;
}

describe("c-accord-plan-header", () => {
  afterEach(resetDom);

  it("gives the review dates the plan, so an agreed plan's next check-in and review date show in the header", async () => {
    const element = mount(AGREED);
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-review-dates").plan).toEqual(AGREED.plan);
  });

  it("shows account, period, status on the lifecycle path, version and short fingerprint", async () => {
    const element = mount(AGREED);
    await flush();
    expect(byId(element, "header-account").textContent).toBe("Universitätsklinikum Beispielstadt");
    // The SLDS path: a read-only list, the steps before the current one complete, the current one aria-current.
    const steps = Array.from(byId(element, "status-path").querySelectorAll("li"));
    expect(steps.map((step) => step.dataset.value)).toEqual(["Draft", "In Review", "Agreed", "Under Review", "Closed"]);
    expect(steps.map((step) => step.textContent.trim())).toEqual([
      "Draft",
      "In Review",
      "Agreed",
      "Under Review",
      "Closed"
    ]);
    expect(steps.map((step) => step.getAttribute("aria-current"))).toEqual([null, null, "step", null, null]);
    expect(steps.map((step) => step.className.replace("slds-path__item ", ""))).toEqual([
      "slds-is-complete",
      "slds-is-complete",
      "slds-is-current slds-is-active",
      "slds-is-incomplete",
      "slds-is-incomplete"
    ]);
    expect(byId(element, "header-status").textContent).toBe("Agreed");
    expect(byId(element, "header-period").textContent).toBe("Jan 1, 2026 – Dec 31, 2026");
    expect(byId(element, "header-version").textContent).toBe("2");
    // The first twelve hex digits of the plan's SHA-256 (29c928443d64…), in groups of four.
    const fingerprint = byId(element, "header-fingerprint");
    expect(fingerprint.textContent).toBe("29c9 2844 3d64");
    expect(fingerprint.getAttribute("title")).toBe(
      "Anyone can recompute this fingerprint from the customer document: " +
        "29c928443d6460f61d7b34eabb5d5683866834a117e15046b0c8d6bf46c06b0a"
    );
    expect(byId(element, "header-agreed-on")).not.toBeNull();
    expect(byId(element, "create-next")).toBeNull();
    await expectAccessible(element);
  });

  it("scores plan health and lists open checks first, each action linked to its record", async () => {
    const element = mount(DRAFT);
    const fix = jest.fn();
    element.addEventListener("fix", fix);
    await flush();
    // spec/README.md "Plan health": goals 10 + decided floor(15×2/3)=10 + rationale floor(15×2/3)=10
    // + raised by floor(10×2/3)=6 + linked 10 + count 10 + defined 10 + both parties 10 + owned 10 = 86.
    expect(byId(element, "health-score").textContent).toBe("86 of 100");
    // The ring: a progress bar named and valued like the words beside it, an arc of 86% with no state icon.
    const ring = byId(element, "health-ring");
    expect(ring.className).toBe("slds-progress-ring");
    const bar = ring.querySelector('[role="progressbar"]');
    expect(bar.getAttribute("aria-valuenow")).toBe("86");
    expect(bar.getAttribute("aria-label")).toBe("Plan health");
    const arc = ring.querySelector(".slds-progress-ring__path").getAttribute("d");
    const angle = 2 * Math.PI * 0.86;
    expect(arc).toBe(`M 1 0 A 1 1 0 1 0 ${Math.cos(angle)} ${-Math.sin(angle)} L 0 0`);
    expect(ring.querySelector(".slds-icon_container")).toBeNull();
    // Folded, the checklist is not built; opened, it is.
    expect(allById(element, "health-check")).toHaveLength(0);
    await openChecklist(element);
    const checks = allById(element, "health-check");
    expect(checks.map((c) => c.dataset.code).slice(0, 3)).toEqual([
      "NEEDS_DECIDED",
      "NEEDS_RATIONALE",
      "NEEDS_RAISED_BY"
    ]);
    expect(checks[0].textContent).toContain("Every need decided");
    expect(checks[0].textContent).toContain("10/15");
    expect(checks[0].textContent).toContain("This need has no decision yet: commit, defer or decline it.");
    expect(checks[2].textContent).toContain("Who raised each need is known");
    expect(checks[2].textContent).toContain("6/10");
    expect(checks[0].textContent).toContain("Die Pflege braucht Schulungen");
    expect(byId(element, "health-all-done")).toBeNull();
    await expectAccessible(element);
    checks[0].querySelector('[data-id="health-fix"]').click();
    expect(fix.mock.calls[0][0].detail).toEqual({ recordKey: DRAFT.plan.needs[1].key, section: null });
  });

  it("scores a plan of a country that is not KAM-ready in the Light model, as the server stores it", async () => {
    const country = { countryCode: "DE", archetypeCode: "A", kamReadiness: "Not ready", pullThroughStrategy: "" };
    getConfiguration.mockResolvedValueOnce({ countries: [country] });
    const element = mount(DRAFT);
    await flush();
    // Who raised each need no longer counts: 60 of the 70 points that apply → floor(6000 / 70) = 85.
    expect(byId(element, "health-score").textContent).toBe("85 of 100");
    await openChecklist(element);
    expect(allById(element, "health-check").map((c) => c.dataset.code)).not.toContain("NEEDS_RAISED_BY");
    await expectAccessible(element);
    // The review dates get the same configuration: the page reads it once.
    expect(element.shadowRoot.querySelector("c-accord-review-dates").configuration).toEqual({ countries: [country] });
    expect(getConfiguration).toHaveBeenCalledTimes(1);
  });

  it("scores in the Full model when the configuration cannot be read", async () => {
    getConfiguration.mockRejectedValueOnce({ body: { message: "no access" } });
    const element = mount(DRAFT);
    await flush();
    expect(byId(element, "health-score").textContent).toBe("86 of 100");
  });

  it("links findings without a record to their section and shortens long lists", async () => {
    const plan = copy(DRAFT.plan);
    plan.customerGoals = null;
    plan.needs = Array.from({ length: 6 }, (_, i) => ({
      ...DRAFT.plan.needs[1],
      id: undefined,
      key: `k-${i}`,
      sequence: i + 1
    }));
    const element = mount(DRAFT, { workingPlan: plan });
    const fix = jest.fn();
    element.addEventListener("fix", fix);
    await flush();
    await openChecklist(element);
    const goals = allById(element, "health-check").find((c) => c.dataset.code === "CUSTOMER_GOALS");
    goals.querySelector('[data-id="health-fix"]').click();
    expect(fix.mock.calls[0][0].detail).toEqual({ recordKey: null, section: "goals" });
    const decided = allById(element, "health-check").find((c) => c.dataset.code === "NEEDS_DECIDED");
    expect(decided.querySelectorAll('[data-id="health-fix"]')).toHaveLength(3);
    expect(decided.textContent).toContain("and 3 more");
  });

  it("says when every check passes", async () => {
    const plan = copy(AGREED.plan);
    plan.needs[2].raisedById = "003000000000002AAA";
    plan.needs[2].raisedByName = "Jonas Becker";
    const element = mount(AGREED, { plan, workingPlan: plan });
    await flush();
    expect(byId(element, "health-all-done")).not.toBeNull();
    const ring = byId(element, "health-ring");
    expect(ring.className).toBe("slds-progress-ring slds-progress-ring_complete");
    expect(ring.querySelector(".slds-icon-utility-success")).not.toBeNull();
  });

  it("shows a warning ring from 50 and an expired one below", async () => {
    const warning = { ...copy(DRAFT.plan), customerGoals: null };
    const warned = mount(DRAFT, { plan: warning, workingPlan: warning });
    await flush();
    const score = Number(byId(warned, "health-score").textContent.split(" ")[0]);
    expect(score).toBeGreaterThanOrEqual(50);
    expect(score).toBeLessThan(80);
    expect(byId(warned, "health-ring").className).toBe("slds-progress-ring slds-progress-ring_warning");
    expect(byId(warned, "health-ring").querySelector(".slds-icon-utility-warning")).not.toBeNull();
    warned.remove();

    const low = { ...copy(DRAFT.plan), customerGoals: null };
    low.needs = low.needs.map((need) => ({ ...need, decision: "Pending", rationale: null, initiativeKey: null }));
    low.initiatives = low.initiatives.map((initiative) => ({ ...initiative, successMeasure: null, commitments: [] }));
    const expired = mount(DRAFT, { plan: low, workingPlan: low });
    await flush();
    expect(Number(byId(expired, "health-score").textContent.split(" ")[0])).toBeLessThan(50);
    expect(byId(expired, "health-ring").className).toBe("slds-progress-ring slds-progress-ring_expired");
    expect(byId(expired, "health-ring").querySelector(".slds-icon-utility-error")).not.toBeNull();
    await expectAccessible(expired);
  });

  it("explains when health cannot be computed", async () => {
    const plan = copy(DRAFT.plan);
    plan.needs[0].decision = "Maybe";
    const element = mount(DRAFT, { workingPlan: plan });
    await flush();
    expect(byId(element, "health-error").textContent).toBe(
      'Plan health cannot be computed: plan.needs[0].decision must be one of Pending, Commit, Defer, Decline (got "Maybe").'
    );
  });

  it("starts next period's plan from a closed one and opens the account's other plans on their record page", async () => {
    resetNavigation();
    const element = mount(CLOSED);
    const create = jest.fn();
    element.addEventListener("createnextplan", create);
    await flush();
    const other = CLOSED.otherPlans[0];
    const open = allById(element, "open-plan");
    expect(open).toHaveLength(CLOSED.otherPlans.length);
    expect(open[0].label).toBe("Jan 1, 2025 – Dec 31, 2025 · Closed · version 3");
    open[0].click();
    expect(getNavigateCalledWith().pageReference).toEqual({
      type: "standard__recordPage",
      attributes: { recordId: other.id, objectApiName: "Customer_Account_Plan__c", actionName: "view" }
    });
    byId(element, "create-next").click();
    expect(create).toHaveBeenCalled();
  });

  it("does not offer next period's plan when a later plan of the account exists (a closed plan's record page)", async () => {
    const later = {
      id: "a01000000000009AAA",
      status: "Draft",
      periodStart: "2027-01-01",
      periodEnd: "2027-12-31",
      version: 1
    };
    const element = mount(CLOSED, { otherPlans: [...CLOSED.otherPlans, later] });
    await flush();
    expect(byId(element, "create-next")).toBeNull();
    expect(allById(element, "open-plan")).toHaveLength(CLOSED.otherPlans.length + 1);
  });

  it("shows a spinner and the error of next period's plan", async () => {
    const element = mount(CLOSED, { busy: true, actionError: { message: "Exists already." } });
    await flush();
    expect(byId(element, "create-next").disabled).toBe(true);
    expect(element.shadowRoot.querySelector("lightning-spinner").alternativeText).toBe("Creating next period's plan…");
    expect(byId(element, "header-error").textContent).toBe("Exists already.");
  });

  it("shows reopen reason, and no fingerprint before the first save", async () => {
    const plan = { ...copy(DRAFT.plan), contentHash: null, reopenReason: "Neue Leitung" };
    const element = mount(DRAFT, { plan, workingPlan: null, account: null, canCreateNext: false });
    await flush();
    expect(byId(element, "header-fingerprint").textContent).toBe("Not computed yet");
    expect(byId(element, "header-reopen-reason").textContent).toBe("Neue Leitung");
    expect(byId(element, "header-account").textContent).toBe(DRAFT.plan.accountName);
  });

  it("shows a new plan's first steps instead of a health score", async () => {
    const plan = { ...copy(DRAFT.plan), customerGoals: null, needs: [], initiatives: [] };
    const element = mount(DRAFT, { plan, workingPlan: plan });
    await flush();
    expect(byId(element, "getting-started").textContent).toContain("Getting started");
    expect(byId(element, "getting-started").querySelectorAll("li")).toHaveLength(3);
    expect(byId(element, "health")).toBeNull();
    expect(byId(element, "health-ring")).toBeNull();
    await expectAccessible(element);
  });

  it("in customer mode renders nothing internal: no health, other plans, reopen reason or next-plan button", async () => {
    const plan = { ...copy(CLOSED.plan), reopenReason: "Interne Umstrukturierung" };
    const element = mount(CLOSED, { plan, workingPlan: plan, customerMode: true });
    await flush();
    for (const id of ["health", "getting-started", "other-plans", "header-reopen-reason", "create-next"]) {
      expect(byId(element, id)).toBeNull();
    }
    expect(element.shadowRoot.textContent).not.toContain("Plan health");
    expect(byId(element, "customer-mode").querySelector("input").checked).toBe(true);
    expect(byId(element, "header-version").textContent).toBe(String(plan.version));
    await expectAccessible(element);
  });

  it("asks the workspace to switch customer mode on and off", async () => {
    const element = mount(DRAFT);
    const changes = [];
    element.addEventListener("customermodechange", (event) => changes.push(event.detail.on));
    await flush();
    const toggle = byId(element, "customer-mode").querySelector('input[type="checkbox"][role="switch"]');
    expect(toggle.closest("label").textContent).toContain("Show to customer");
    expect(toggle.checked).toBe(false);
    // The help is the switch's description (a screen reader reads it) and the label's tooltip.
    const help = element.shadowRoot.querySelector(`[id="${toggle.getAttribute("aria-describedby")}"]`);
    expect(help.textContent).toBe(toggle.closest("label").title);
    expect(help.textContent).toContain("hides plan health, scores, tiers and other plans");
    toggle.click();
    toggle.click();
    expect(changes).toEqual([true, false]);
  });
});
