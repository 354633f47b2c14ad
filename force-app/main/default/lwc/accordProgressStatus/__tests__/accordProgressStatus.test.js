import AccordProgressStatus from "c/accordProgressStatus";
import { COMMITMENT_STATUSES } from "c/accordPlanView";
import { flush, mounter, resetDom, expectAccessible } from "test/accordTest";

const mount = mounter("c-accord-progress-status", AccordProgressStatus, {
  kind: "commitment",
  label: "Status",
  options: COMMITMENT_STATUSES,
  value: "In progress"
});
const byDataId = (element, id) => element.querySelector(`[data-id="${id}"]`);

describe("c-accord-progress-status", () => {
  afterEach(resetDom);

  it("is a choice while progress is editable and reports one change with the value", async () => {
    const { element, handler } = await mount.watching("change", { editable: true });
    const choice = byDataId(element, "commitment-status");
    expect(choice.options).toEqual(COMMITMENT_STATUSES);
    expect(choice.value).toBe("In progress");
    expect(byDataId(element, "commitment-status-text")).toBeNull();
    await expectAccessible(element);
    choice.dispatchEvent(new CustomEvent("change", { detail: { value: "Done" }, bubbles: true }));
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0][0].detail).toEqual({ value: "Done" });
  });

  it("is its label as text when progress is locked", async () => {
    const element = mount({ kind: "initiative" });
    await flush();
    expect(byDataId(element, "initiative-status")).toBeNull();
    expect(byDataId(element, "initiative-status-text").textContent).toBe("Status: In progress");
  });
});
