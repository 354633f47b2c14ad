import AccordNeedDecision from "c/accordNeedDecision";
import { flush, byId, change, mounter, resetDom, expectAccessible, watchTextField } from "test/accordTest";

const PLAN = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json").plan;
const INITIATIVES = PLAN.initiatives.map((i) => ({ key: i.key, title: i.title }));

const mountDecision = mounter("c-accord-need-decision", AccordNeedDecision, { initiatives: INITIATIVES });
const mount = (need, initiatives = INITIATIVES) => mountDecision({ need, initiatives });
/** The decision of this need, rendered, with its decisionsave events recorded. */
const watchDecision = (need) => mountDecision.watching("decisionsave", { need });

describe("c-accord-need-decision", () => {
  afterEach(resetDom);

  it("starts empty for an undecided need and cannot be saved without a decision", async () => {
    const element = mount(PLAN.needs[1]);
    await flush();
    expect(byId(element, "need-decision").value).toBe("");
    expect(byId(element, "need-decision-save").disabled).toBe(true);
    expect(byId(element, "need-initiative")).toBeNull();
    await expectAccessible(element);
  });

  it("commits a need with its rationale and initiative", async () => {
    const { element, handler } = await watchDecision(PLAN.needs[1]);
    change(byId(element, "need-decision"), "Commit");
    await flush();
    change(byId(element, "need-rationale"), "Wir schulen beide Schichten.");
    change(byId(element, "need-initiative"), INITIATIVES[0].key);
    await flush();
    byId(element, "need-decision-save").click();
    expect(handler.mock.calls[0][0].detail.changes).toEqual({
      decision: "Commit",
      decisionRationale: "Wir schulen beide Schichten.",
      initiativeKey: INITIATIVES[0].key
    });
  });

  it("drops the initiative link when the need is declined", async () => {
    const { element, handler } = await watchDecision(PLAN.needs[0]);
    expect(byId(element, "need-initiative").value).toBe(INITIATIVES[0].key);
    change(byId(element, "need-decision"), "Decline");
    await flush();
    byId(element, "need-decision-save").click();
    expect(handler.mock.calls[0][0].detail.changes).toEqual({
      decision: "Decline",
      decisionRationale: PLAN.needs[0].decisionRationale,
      initiativeKey: null
    });
  });

  it("says to add an initiative first when none exists", async () => {
    const element = mount({ ...PLAN.needs[0], initiativeKey: null }, []);
    await flush();
    expect(byId(element, "need-no-initiatives").textContent).toBe(
      "Add an initiative first, then link this need to it."
    );
  });

  it("reports cancel and focuses the decision on request", async () => {
    const element = mount(PLAN.needs[1]);
    const cancel = jest.fn();
    element.addEventListener("decisioncancel", cancel);
    await flush();
    const focus = jest.spyOn(byId(element, "need-decision"), "focus");
    element.focus();
    expect(focus).toHaveBeenCalled();
    byId(element, "need-decision-cancel").click();
    expect(cancel).toHaveBeenCalled();
  });

  it.each(["Decline", "Defer"])(
    "%s needs a rationale at the moment of deciding: inline error, nothing saved",
    async (decision) => {
      const { element, handler } = await watchDecision({ ...PLAN.needs[1], decisionRationale: null });
      change(byId(element, "need-decision"), decision);
      await flush();
      const rationale = byId(element, "need-rationale");
      expect(rationale.required).toBe(true);
      rationale.setCustomValidity = jest.fn();
      rationale.reportValidity = jest.fn();
      change(rationale, "   ");
      byId(element, "need-decision-save").click();
      expect(handler).not.toHaveBeenCalled();
      expect(rationale.setCustomValidity).toHaveBeenLastCalledWith(
        "Say why, in words the customer will read: a declined or deferred need needs a rationale."
      );
      change(rationale, "Budget erst 2027.");
      byId(element, "need-decision-save").click();
      expect(handler.mock.calls[0][0].detail.changes.decisionRationale).toBe("Budget erst 2027.");
    }
  );

  it("commits without a rationale, and refuses a rationale over the limit", async () => {
    const { element, handler } = await watchDecision({ ...PLAN.needs[1], decisionRationale: null });
    change(byId(element, "need-decision"), "Commit");
    await flush();
    expect(byId(element, "need-rationale").required).toBe(false);
    const rationale = byId(element, "need-rationale");
    const { input: base, counter } = watchTextField(rationale);
    change(rationale, "y".repeat(32769));
    await flush();
    expect(counter()).toBe("32,769 / 32,768 characters");
    byId(element, "need-decision-save").click();
    expect(handler).not.toHaveBeenCalled();
    expect(base.setCustomValidity).toHaveBeenLastCalledWith(
      "This text has 32,769 characters; at most 32,768 fit. Shorten it: nothing was cut and nothing is saved until it fits."
    );
    change(rationale, "");
    byId(element, "need-decision-save").click();
    expect(handler.mock.calls[0][0].detail.changes.decision).toBe("Commit");
  });
});
