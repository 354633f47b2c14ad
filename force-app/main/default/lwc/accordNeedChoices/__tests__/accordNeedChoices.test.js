import AccordNeedChoices from "c/accordNeedChoices";
import { flush, mounter, resetDom, expectAccessible } from "test/accordTest";

const WORKSPACE = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");

const mount = mounter("c-accord-need-choices", AccordNeedChoices, {
  stakeholders: WORKSPACE.stakeholders,
  values: { raisedById: "003000000000002AAA", theme: "", customerPriority: "3" },
  idPrefix: "need-edit"
});
const byDataId = (element, id) => element.querySelector(`[data-id="${id}"]`);

describe("c-accord-need-choices", () => {
  afterEach(resetDom);

  it("shows who raised the need, its theme and priority, each with None, bound to the values", async () => {
    const element = mount();
    await flush();
    const raisedBy = byDataId(element, "need-edit-raised-by");
    expect(raisedBy.label).toBe("Raised by");
    expect(raisedBy.value).toBe("003000000000002AAA");
    expect(raisedBy.options[0]).toEqual({ value: "", label: "None" });
    expect(raisedBy.options.map((option) => option.label)).toContain("Jonas Becker");
    expect(byDataId(element, "need-edit-theme").value).toBe("");
    expect(byDataId(element, "need-edit-priority").value).toBe("3");
    await expectAccessible(element);
  });

  it("reports one choicechange with the field and value of a choice", async () => {
    const element = mount({ idPrefix: "need" });
    const handler = jest.fn();
    element.addEventListener("choicechange", handler);
    const change = jest.fn();
    element.addEventListener("change", change);
    await flush();
    byDataId(element, "need-theme").dispatchEvent(
      new CustomEvent("change", { detail: { value: "CarePathway" }, bubbles: true })
    );
    expect(handler.mock.calls.map((call) => call[0].detail)).toEqual([{ field: "theme", value: "CarePathway" }]);
    expect(change).not.toHaveBeenCalled();
  });
});
