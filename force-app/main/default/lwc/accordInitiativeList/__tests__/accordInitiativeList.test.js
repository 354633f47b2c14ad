import AccordInitiativeList from "c/accordInitiativeList";
import { flush, byId, mounter, resetDom, expectAccessible } from "test/accordTest";
import { PLAN, EDITABLE } from "test/accordPlanContent";

const mount = mounter("c-accord-initiative-list", AccordInitiativeList, {
  plan: PLAN,
  ...EDITABLE
});

describe("c-accord-initiative-list", () => {
  afterEach(resetDom);

  it("lists initiatives in order, each with the needs linked to it", async () => {
    const second = {
      ...PLAN.initiatives[0],
      key: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
      sequence: 0,
      title: "Erste",
      commitments: []
    };
    const element = mount({ plan: { ...PLAN, initiatives: [...PLAN.initiatives, second] } });
    await flush();
    const items = Array.from(element.shadowRoot.querySelectorAll("c-accord-initiative-item"));
    expect(items.map((item) => item.initiative.title)).toEqual(["Erste", "Reflex-Testung im Tumorboard"]);
    expect(items[1].needs.map((need) => need.key)).toEqual([PLAN.needs[0].key]);
    expect(items[0].needs).toEqual([]);
    expect(byId(element, "initiative-list-heading").textContent).toBe("Key initiatives (2)");
    await expectAccessible(element);
  });

  it("shows the empty state and adds an initiative through its form", async () => {
    const { element, handler } = await mount.watching("initiativeadd", { plan: { ...PLAN, initiatives: [] } });
    expect(byId(element, "initiative-empty")).not.toBeNull();
    byId(element, "initiative-add").click();
    await flush();
    expect(byId(element, "initiative-add")).toBeNull();
    const form = byId(element, "new-initiative");
    form.dispatchEvent(new CustomEvent("formsave", { detail: { fields: { title: "Neu" } } }));
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({ fields: { title: "Neu" } });
    expect(byId(element, "new-initiative")).toBeNull();
    byId(element, "initiative-add").click();
    await flush();
    byId(element, "new-initiative").dispatchEvent(new CustomEvent("formcancel"));
    await flush();
    expect(byId(element, "new-initiative")).toBeNull();
  });

  it("offers no add button when content is locked, and passes item events on", async () => {
    const element = mount({ editable: false });
    const handlers = {};
    for (const type of [
      "initiativeupdate",
      "initiativeremove",
      "commitmentadd",
      "commitmentupdate",
      "commitmentremove"
    ]) {
      handlers[type] = jest.fn();
      element.addEventListener(type, handlers[type]);
    }
    await flush();
    expect(byId(element, "initiative-add")).toBeNull();
    const item = element.shadowRoot.querySelector("c-accord-initiative-item");
    Object.keys(handlers).forEach((type) => item.dispatchEvent(new CustomEvent(type, { detail: { key: "k" } })));
    Object.values(handlers).forEach((handler) => expect(handler).toHaveBeenCalledTimes(1));
  });

  it("focuses the initiative that holds a key", async () => {
    const element = mount();
    await flush();
    const item = element.shadowRoot.querySelector("c-accord-initiative-item");
    item.focusRecord = jest.fn();
    const commitmentKey = PLAN.initiatives[0].commitments[1].key;
    element.focusRecord(commitmentKey);
    expect(item.focusRecord).toHaveBeenCalledWith(commitmentKey);
    element.focusRecord("missing");
    expect(item.focusRecord).toHaveBeenCalledTimes(1);
  });
});
