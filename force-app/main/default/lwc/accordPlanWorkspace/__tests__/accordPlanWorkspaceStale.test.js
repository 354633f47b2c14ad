// First: the AccordPlanController mocks, before the workspace imports them.
import { mountWorkspace } from "test/planWorkspaceTest";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import savePlan from "@salesforce/apex/AccordPlanController.savePlan";
import performAction from "@salesforce/apex/AccordPlanController.performAction";
import { settle, byId, openSection, resetDom, expectAccessible } from "test/accordTest";

const DRAFT = require("./data/workspaceDraft.json");
const IN_REVIEW = require("./data/workspaceInReview.json");

const copy = (value) => JSON.parse(JSON.stringify(value));
const child = (element, selector) => element.shadowRoot.querySelector(selector);
const STALE_MESSAGE =
  "Eva Brandt changed this plan at 7/10/2025, 10:00 AM, after you opened it. Reload the plan to see that change, then make yours again.";
const staleError = () => ({
  status: 400,
  body: { message: JSON.stringify({ message: STALE_MESSAGE, code: "STALE_REVISION", recordKey: DRAFT.plan.id }) }
});
const sentPlans = () => savePlan.mock.calls.map(([params]) => JSON.parse(params.planJson));

function editGoals(element, text) {
  child(element, "c-accord-customer-goals").dispatchEvent(
    new CustomEvent("goalsupdate", { detail: { customerGoals: text } })
  );
}

/** The plan a colleague saved meanwhile: a need added, the revision moved on. */
function colleaguesWorkspace() {
  const workspace = copy(DRAFT);
  workspace.plan.revision = DRAFT.plan.revision + 1;
  workspace.plan.needs = [
    ...workspace.plan.needs,
    { ...workspace.plan.needs[0], id: "a0B000000000099AAA", key: "need-colleague", sequence: 9, verbatim: "Neu" }
  ];
  return workspace;
}

describe("c-accord-plan-workspace: someone else changed the plan (STALE_REVISION)", () => {
  afterEach(resetDom);

  it("sends the revision it read with every save and takes the server's next revision", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockImplementation(({ planJson }) =>
      Promise.resolve({ ...JSON.parse(planJson), revision: JSON.parse(planJson).revision + 1 })
    );
    editGoals(element, "Erstes Ziel");
    await settle();
    editGoals(element, "Zweites Ziel");
    await settle();
    expect(sentPlans().map((plan) => [plan.revision, plan.customerGoals])).toEqual([
      [DRAFT.plan.revision, "Erstes Ziel"],
      [DRAFT.plan.revision + 1, "Zweites Ziel"]
    ]);
  });

  it("an edit queued behind a running save is sent with the revision that save returned", async () => {
    const element = await mountWorkspace(DRAFT);
    let finishFirst;
    savePlan.mockImplementationOnce(
      ({ planJson }) =>
        new Promise((resolve) => {
          finishFirst = () => resolve({ ...JSON.parse(planJson), revision: DRAFT.plan.revision + 1 });
        })
    );
    savePlan.mockImplementation(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
    editGoals(element, "Erstes Ziel");
    await settle();
    editGoals(element, "Zweites Ziel");
    await settle();
    finishFirst();
    await settle();
    expect(sentPlans().map((plan) => plan.revision)).toEqual([DRAFT.plan.revision, DRAFT.plan.revision + 1]);
    expect(sentPlans()[1].customerGoals).toBe("Zweites Ziel");
  });

  it("shows who changed the plan and when in an alert with Reload, and keeps what the user typed", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockRejectedValueOnce(staleError());
    editGoals(element, "Mein Ziel");
    await settle();
    const alert = byId(element, "stale-alert");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.querySelector("h2").textContent).toBe("Someone else changed this plan");
    expect(byId(element, "stale-message").textContent).toBe(STALE_MESSAGE);
    expect(byId(element, "stale-reload").label).toBe("Reload the plan");
    // Not shown as an ordinary save error with Retry: retrying would be refused again.
    expect(byId(element, "save-error")).toBeNull();
    expect(byId(element, "save-status").textContent.trim()).toBe("Changes not saved yet");
    expect(child(element, "c-accord-customer-goals").plan.customerGoals).toBe("Mein Ziel");
    // Lifecycle actions wait for the reload.
    expect((await openSection(element, "sign", "c-accord-sign-panel")).busy).toBe(true);
    await expectAccessible(element);
  });

  it("does not save further edits while stale: they stay in the form", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockRejectedValueOnce(staleError());
    editGoals(element, "Mein Ziel");
    await settle();
    editGoals(element, "Mein Ziel, genauer");
    await settle();
    expect(savePlan).toHaveBeenCalledTimes(1);
    expect(child(element, "c-accord-customer-goals").plan.customerGoals).toBe("Mein Ziel, genauer");
  });

  it("Reload shows the colleague's plan and offers the unsaved edits; re-applying saves them on the new revision", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockRejectedValueOnce(staleError());
    editGoals(element, "Mein Ziel");
    await settle();
    child(element, "c-accord-need-list").dispatchEvent(
      new CustomEvent("needupdate", { detail: { key: DRAFT.plan.needs[0].key, changes: { verbatim: "Mein Text" } } })
    );
    await settle();
    getWorkspace.mockResolvedValueOnce(colleaguesWorkspace());
    byId(element, "stale-reload").click();
    await settle();
    expect(byId(element, "stale-alert")).toBeNull();
    // The colleague's need is there; nothing of this page was saved over it.
    const needs = child(element, "c-accord-need-list").plan.needs;
    expect(needs.map((need) => need.key)).toContain("need-colleague");
    expect(child(element, "c-accord-customer-goals").plan.customerGoals).toBe(DRAFT.plan.customerGoals);
    expect(savePlan).toHaveBeenCalledTimes(1);
    const notice = byId(element, "reapply");
    expect(notice.getAttribute("role")).toBe("status");
    expect(notice.querySelector("p").textContent).toBe(
      "The plan now shows the latest changes. Your 2 unsaved edits are kept: apply them again to the current plan, or discard them."
    );
    await expectAccessible(element);

    savePlan.mockImplementation(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
    byId(element, "reapply-changes").click();
    await settle();
    expect(savePlan).toHaveBeenCalledTimes(2);
    const [, resent] = sentPlans();
    expect(resent.revision).toBe(DRAFT.plan.revision + 1);
    expect(resent.customerGoals).toBe("Mein Ziel");
    expect(resent.needs.find((need) => need.key === DRAFT.plan.needs[0].key).verbatim).toBe("Mein Text");
    expect(resent.needs.map((need) => need.key)).toContain("need-colleague");
    expect(byId(element, "reapply")).toBeNull();
  });

  it("discarding the kept edits after Reload saves nothing", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockRejectedValueOnce(staleError());
    editGoals(element, "Mein Ziel");
    await settle();
    getWorkspace.mockResolvedValueOnce(colleaguesWorkspace());
    byId(element, "stale-reload").click();
    await settle();
    byId(element, "discard-changes").click();
    await settle();
    expect(byId(element, "reapply")).toBeNull();
    expect(savePlan).toHaveBeenCalledTimes(1);
    expect(child(element, "c-accord-customer-goals").plan.customerGoals).toBe(DRAFT.plan.customerGoals);
  });

  it("edits saved before the refusal are not offered again", async () => {
    const element = await mountWorkspace(DRAFT);
    savePlan.mockImplementationOnce(({ planJson }) =>
      Promise.resolve({ ...JSON.parse(planJson), revision: DRAFT.plan.revision + 1 })
    );
    savePlan.mockRejectedValueOnce(staleError());
    editGoals(element, "Gespeichert");
    await settle();
    editGoals(element, "Nicht gespeichert");
    await settle();
    getWorkspace.mockResolvedValueOnce(colleaguesWorkspace());
    byId(element, "stale-reload").click();
    await settle();
    expect(byId(element, "reapply").querySelector("p").textContent).toContain("Your 1 unsaved edits");
  });

  it("a lifecycle action carries the revision; a stale one shows the same alert, and Reload reloads", async () => {
    const element = await mountWorkspace(IN_REVIEW);
    performAction.mockRejectedValueOnce(staleError());
    (await openSection(element, "sign", "c-accord-sign-panel")).dispatchEvent(
      new CustomEvent("planaction", { detail: { action: { type: "pullBack" }, source: "sign" } })
    );
    await settle();
    expect(JSON.parse(performAction.mock.calls[0][0].actionJson)).toEqual({
      type: "pullBack",
      revision: IN_REVIEW.plan.revision
    });
    expect(byId(element, "stale-message").textContent).toBe(STALE_MESSAGE);
    expect((await openSection(element, "sign", "c-accord-sign-panel")).actionError).toBeNull();
    getWorkspace.mockResolvedValueOnce(copy(IN_REVIEW));
    byId(element, "stale-reload").click();
    await settle();
    expect(getWorkspace).toHaveBeenCalledTimes(2);
    expect(byId(element, "stale-alert")).toBeNull();
    // Nothing typed: nothing to re-apply.
    expect(byId(element, "reapply")).toBeNull();
  });
});
