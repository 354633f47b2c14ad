import AccordInitiativeItem from "c/accordInitiativeItem";
import { flush, byId, mounter, resetDom, expectAccessible } from "test/accordTest";
import { PLAN, EDITABLE } from "test/accordPlanContent";

const INITIATIVE = PLAN.initiatives[0];

const mount = mounter("c-accord-initiative-item", AccordInitiativeItem, {
  initiative: INITIATIVE,
  needs: [PLAN.needs[0]],
  ...EDITABLE
});

describe("c-accord-initiative-item", () => {
  afterEach(resetDom);

  it("shows the initiative, the needs it addresses and its commitments", async () => {
    const element = mount();
    await flush();
    expect(byId(element, "initiative-title").textContent).toBe(INITIATIVE.title);
    expect(byId(element, "initiative-success-measure").textContent).toBe(INITIATIVE.successMeasure);
    expect(byId(element, "initiative-needs").textContent).toContain(PLAN.needs[0].verbatim);
    expect(element.shadowRoot.querySelector("c-accord-commitment-list").initiative.key).toBe(INITIATIVE.key);
    await expectAccessible(element);
  });

  it("says what is missing: no measure, no date, no linked need", async () => {
    const element = mount({ initiative: { ...INITIATIVE, successMeasure: null, targetDate: null }, needs: [] });
    await flush();
    expect(byId(element, "initiative-success-measure").textContent).toBe("Not set");
    expect(byId(element, "initiative-target-date").textContent).toContain("Not set");
    expect(byId(element, "initiative-no-needs")).not.toBeNull();
  });

  it("updates the progress status, also on a signed plan", async () => {
    const { element, handler } = await mount.watching("initiativeupdate", { editable: false });
    expect(byId(element, "initiative-edit")).toBeNull();
    byId(element, "initiative-status").dispatchEvent(new CustomEvent("change", { detail: { value: "At risk" } }));
    expect(handler.mock.calls[0][0].detail).toEqual({ key: INITIATIVE.key, changes: { status: "At risk" } });
  });

  it("shows the status as text when progress is locked", async () => {
    const element = mount({ editable: false, progressEditable: false });
    await flush();
    expect(byId(element, "initiative-status-text").textContent).toContain("On track");
  });

  it("names its Edit and Remove by the initiative's title for a screen reader; the visible text stays", async () => {
    const element = mount();
    await flush();
    const buttons = ["initiative-edit", "initiative-remove"].map((id) => byId(element, id));
    expect(buttons.map((button) => button.textContent.trim())).toEqual(["Edit", "Remove"]);
    expect(buttons.map((button) => button.getAttribute("aria-label"))).toEqual([
      "Edit: Initiative – Reflex-Testung im Tumorboard",
      "Remove: Initiative – Reflex-Testung im Tumorboard"
    ]);
  });

  it("edits and removes through explicit steps", async () => {
    const element = mount();
    const update = jest.fn();
    const remove = jest.fn();
    element.addEventListener("initiativeupdate", update);
    element.addEventListener("initiativeremove", remove);
    await flush();
    byId(element, "initiative-edit").click();
    await flush();
    const form = element.shadowRoot.querySelector("c-accord-initiative-form");
    expect(form.initiative.key).toBe(INITIATIVE.key);
    form.dispatchEvent(new CustomEvent("formsave", { detail: { fields: { title: "Neu" } } }));
    await flush();
    expect(update.mock.calls[0][0].detail).toEqual({ key: INITIATIVE.key, changes: { title: "Neu" } });
    byId(element, "initiative-remove").click();
    await flush();
    byId(element, "initiative-remove-cancel").click();
    await flush();
    byId(element, "initiative-remove").click();
    await flush();
    byId(element, "initiative-remove-confirm").click();
    expect(remove.mock.calls[0][0].detail).toEqual({ key: INITIATIVE.key });
  });

  it("shows a failed save next to the initiative and passes commitment events on", async () => {
    const element = mount({ error: { message: "No date", recordKey: INITIATIVE.key } });
    const add = jest.fn();
    element.addEventListener("commitmentadd", add);
    await flush();
    expect(byId(element, "initiative-error").textContent).toBe("Not saved: No date");
    element.shadowRoot
      .querySelector("c-accord-commitment-list")
      .dispatchEvent(new CustomEvent("commitmentadd", { detail: { initiativeKey: INITIATIVE.key, fields: {} } }));
    expect(add).toHaveBeenCalledTimes(1);
  });

  it("focuses itself, its edit form or one of its commitments", async () => {
    const element = mount();
    await flush();
    const list = element.shadowRoot.querySelector("c-accord-commitment-list");
    list.focusRecord = jest.fn();
    element.focusRecord(INITIATIVE.commitments[0].key);
    expect(list.focusRecord).toHaveBeenCalledWith(INITIATIVE.commitments[0].key);
    element.focusRecord(INITIATIVE.key);
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-initiative-form")).not.toBeNull();
    const readOnly = mount({ editable: false });
    await flush();
    const focus = jest.spyOn(byId(readOnly, "initiative"), "focus");
    readOnly.focusRecord(INITIATIVE.key);
    expect(focus).toHaveBeenCalled();
  });
});
