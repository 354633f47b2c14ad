import AccordCarryOver from "c/accordCarryOver";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const CLOSED = require("../../accordPlanWorkspace/__tests__/data/workspaceClosed.json").plan;
const mount = mounter("c-accord-carry-over", AccordCarryOver);
const choices = (element) => [...element.shadowRoot.querySelectorAll('[data-id="carry-over-choice"]')];
const box = (row) => row.querySelector("lightning-input");

function closedWith(set) {
  const plan = JSON.parse(JSON.stringify(CLOSED));
  set(plan);
  return plan;
}

describe("c-accord-carry-over", () => {
  afterEach(resetDom);

  it("lists what the closed plan can carry, unfinished work selected, with last period's outcome", async () => {
    const plan = closedWith((p) => {
      p.initiatives[0].successOutcome = "Partly";
    });
    const element = mount({ plan });
    await settle();
    const rows = choices(element);
    const initiative = rows.find((row) => row.dataset.record === "initiative");
    expect(box(initiative).checked).toBe(true);
    expect(initiative.querySelector('[data-id="carry-over-outcome"]').textContent).toContain("Partly achieved");
    const commitments = rows.filter((row) => row.dataset.record === "commitment");
    const outcomes = plan.initiatives[0].commitments.filter((c) => c.status !== "Cancelled");
    expect(commitments).toHaveLength(outcomes.length);
    commitments.forEach((row, index) => expect(box(row).checked).toBe(outcomes[index].reviewOutcome !== "Kept"));
    // Each initiative comes first, its committed needs and commitments follow it, indented.
    const grouped = [...byId(element, "carry-over-initiatives").querySelectorAll('[data-id="carry-over-choice"]')];
    expect(grouped[0].dataset.record).toBe("initiative");
    expect(grouped.length).toBeGreaterThan(1);
    grouped.forEach((row) =>
      expect(row.classList.contains("slds-p-left_large")).toBe(row.dataset.record !== "initiative")
    );
    await expectAccessible(element);
  });

  it("an achieved initiative and its committed needs start unselected", async () => {
    const element = mount({ plan: closedWith((p) => (p.initiatives[0].successOutcome = "Achieved")) });
    await settle();
    const rows = choices(element).filter((row) => row.dataset.record !== "commitment" && row.closest("[data-id]"));
    const initiative = rows.find((row) => row.dataset.record === "initiative");
    expect(box(initiative).checked).toBe(false);
  });

  it("sends the selection as chosen, and cancels", async () => {
    const plan = closedWith((p) => (p.initiatives[0].successOutcome = "Partly"));
    const element = mount({ plan });
    const carry = jest.fn();
    const cancel = jest.fn();
    element.addEventListener("carryover", carry);
    element.addEventListener("cancel", cancel);
    await settle();
    const initiative = choices(element).find((row) => row.dataset.record === "initiative");
    const input = box(initiative);
    input.checked = false;
    input.dispatchEvent(new CustomEvent("change"));
    await settle();
    byId(element, "carry-over-create").click();
    const { selection } = carry.mock.calls[0][0].detail;
    expect(selection.initiativeKeys).toEqual([]);
    expect(Array.isArray(selection.needKeys)).toBe(true);
    expect(Array.isArray(selection.commitmentKeys)).toBe(true);
    byId(element, "carry-over-cancel").click();
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it("says so when nothing can be carried", async () => {
    const element = mount({
      plan: closedWith((p) => {
        p.initiatives = [];
        p.needs = p.needs.filter((need) => need.decision !== "Defer" && need.decision !== "Commit");
      })
    });
    await settle();
    expect(byId(element, "carry-over-empty")).not.toBeNull();
    await expectAccessible(element);
  });
});
