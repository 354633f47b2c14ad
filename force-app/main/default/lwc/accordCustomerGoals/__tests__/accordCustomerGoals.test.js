import AccordCustomerGoals from "c/accordCustomerGoals";
import { flush, byId, mounter, resetDom, expectAccessible, watchTextField } from "test/accordTest";

const PLAN = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json").plan;

const mount = mounter("c-accord-customer-goals", AccordCustomerGoals, { plan: PLAN, editable: true });

describe("c-accord-customer-goals", () => {
  afterEach(resetDom);

  it("shows the goals in the customer's words", async () => {
    const element = mount();
    await flush();
    expect(byId(element, "goals").textContent).toBe(PLAN.customerGoals);
    await expectAccessible(element);
  });

  it("edits them as a visible step and reports the new text", async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener("goalsupdate", handler);
    await flush();
    byId(element, "goals-edit").click();
    await flush();
    expect(byId(element, "goals-edit-hint").textContent).toBe(
      "You are changing the customer's own words. Keep their wording."
    );
    const text = byId(element, "goals-text");
    expect(text.value).toBe(PLAN.customerGoals);
    text.value = "Neue Ziele";
    text.dispatchEvent(new CustomEvent("change"));
    byId(element, "goals-save").click();
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({ customerGoals: "Neue Ziele" });
    expect(byId(element, "goals-text")).toBeNull();
  });

  it("cancels an edit and shows the empty state", async () => {
    const element = mount({ plan: { ...PLAN, customerGoals: null } });
    await flush();
    expect(byId(element, "goals-empty")).not.toBeNull();
    byId(element, "goals-edit").click();
    await flush();
    expect(byId(element, "goals-text").value).toBe("");
    byId(element, "goals-cancel").click();
    await flush();
    expect(byId(element, "goals-empty")).not.toBeNull();
  });

  it("is read-only when the content is locked, and focuses on request", async () => {
    const element = mount({ editable: false });
    await flush();
    expect(byId(element, "goals-edit")).toBeNull();
    element.focusRecord();
    const editable = mount();
    await flush();
    const focus = jest.spyOn(byId(editable, "goals-edit"), "focus");
    editable.focusRecord();
    expect(focus).toHaveBeenCalled();
  });

  it("shows the limit, refuses goals over it with the numbers in words and keeps the text; reads in its own direction", async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener("goalsupdate", handler);
    await flush();
    expect(byId(element, "goals").getAttribute("dir")).toBe("auto");
    byId(element, "goals-edit").click();
    await flush();
    const text = byId(element, "goals-text");
    const { input: base, counter } = watchTextField(text);
    text.value = "z".repeat(40000);
    text.dispatchEvent(new CustomEvent("change"));
    await flush();
    expect(counter()).toBe("40,000 / 32,768 characters");
    byId(element, "goals-save").click();
    expect(handler).not.toHaveBeenCalled();
    expect(base.setCustomValidity).toHaveBeenLastCalledWith(
      "This text has 40,000 characters; at most 32,768 fit. Shorten it: nothing was cut and nothing is saved until it fits."
    );
    expect(byId(element, "goals-text")).not.toBeNull();
  });
});
