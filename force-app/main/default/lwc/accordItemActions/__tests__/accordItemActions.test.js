import AccordItemActions from "c/accordItemActions";
import { flush, mounter, resetDom, expectAccessible } from "test/accordTest";

const QUESTION = "Remove this need? This cannot be undone once saved.";
const ROW = {
  kind: "need",
  itemName: "Need 3 – We need faster discharge letters",
  buttons: [
    { name: "decide", label: "Decide" },
    { name: "edit", label: "Edit words" },
    { name: "remove", label: "Remove", destructive: true }
  ],
  confirming: false,
  question: QUESTION
};
const mount = mounter("c-accord-item-actions", AccordItemActions, { actions: ROW });
/** Light DOM: what it renders is the element's own children, found by data-id from outside. */
const byDataId = (element, id) => element.querySelector(`[data-id="${id}"]`);

/** The names the element reported as `action`, in order. */
function watch(element) {
  const names = [];
  element.addEventListener("action", (event) => names.push(event.detail.name));
  return names;
}

describe("c-accord-item-actions", () => {
  afterEach(resetDom);

  it("shows the row's buttons in order, data-ids from the kind, Remove as destructive, and reports each", async () => {
    const element = mount();
    const names = watch(element);
    await flush();
    expect(element.shadowRoot).toBeNull();
    const buttons = Array.from(element.querySelectorAll("button"));
    expect(buttons.map((button) => button.dataset.id)).toEqual(["need-decide", "need-edit", "need-remove"]);
    expect(buttons.map((button) => button.textContent.trim())).toEqual(["Decide", "Edit words", "Remove"]);
    // A screen reader hears which item each button acts on; the name starts with the visible text.
    expect(buttons.map((button) => button.getAttribute("aria-label"))).toEqual([
      "Decide: Need 3 – We need faster discharge letters",
      "Edit words: Need 3 – We need faster discharge letters",
      "Remove: Need 3 – We need faster discharge letters"
    ]);
    expect(buttons.map((button) => button.getAttribute("type"))).toEqual(["button", "button", "button"]);
    expect(byDataId(element, "need-remove").classList.contains("slds-button_text-destructive")).toBe(true);
    expect(byDataId(element, "need-edit").classList.contains("slds-button_neutral")).toBe(true);
    expect(byDataId(element, "need-remove-question")).toBeNull();
    await expectAccessible(element);
    buttons.forEach((button) => button.click());
    expect(names).toEqual(["decide", "edit", "remove"]);
  });

  it("asks the question in the row's place as a named group, and reports the answer", async () => {
    const element = mount({ actions: { ...ROW, kind: "initiative", confirming: true } });
    const names = watch(element);
    await flush();
    expect(element.querySelectorAll("button")).toHaveLength(0);
    expect(byDataId(element, "initiative-remove-question").textContent).toBe(QUESTION);
    expect(element.querySelector('[role="group"]').getAttribute("aria-label")).toBe(
      "Remove: Need 3 – We need faster discharge letters"
    );
    expect(byDataId(element, "initiative-remove-cancel").label).toBe("Cancel");
    const remove = byDataId(element, "initiative-remove-confirm");
    expect(remove.label).toBe("Remove");
    expect(remove.variant).toBe("destructive");
    await expectAccessible(element);
    byDataId(element, "initiative-remove-cancel").click();
    remove.click();
    expect(names).toEqual(["cancelRemove", "confirmRemove"]);
  });

  it("names the buttons and the question by their text alone when the item has no name", async () => {
    const element = mount({ actions: { ...ROW, itemName: undefined } });
    await flush();
    const buttons = Array.from(element.querySelectorAll("button"));
    expect(buttons.map((button) => button.getAttribute("aria-label"))).toEqual(["Decide", "Edit words", "Remove"]);
    element.actions = { ...ROW, itemName: undefined, confirming: true };
    await flush();
    expect(element.querySelector('[role="group"]').getAttribute("aria-label")).toBe(QUESTION);
  });
});
