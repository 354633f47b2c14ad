import { createElement } from "lwc";
import axe from "axe-core";
import AccordInitiativeForm from "c/accordInitiativeForm";

const PLAN = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json").plan;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);
const change = (el, value) => {
  el.value = value;
  el.dispatchEvent(new CustomEvent("change", { detail: { value } }));
};

function mount(props = {}) {
  const element = createElement("c-accord-initiative-form", { is: AccordInitiativeForm });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe("c-accord-initiative-form", () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it("creates an initiative with title, success measure and target date", async () => {
    const element = mount({ heading: "New" });
    const handler = jest.fn();
    element.addEventListener("formsave", handler);
    await flush();
    const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations).toEqual([]);
    change(byId(element, "initiative-title"), "Pflege-Schulungen");
    change(byId(element, "initiative-success-measure"), "90 % geschult");
    change(byId(element, "initiative-target-date"), "2026-06-30");
    byId(element, "initiative-form-save").click();
    expect(handler.mock.calls[0][0].detail.fields).toEqual({
      title: "Pflege-Schulungen",
      successMeasure: "90 % geschult",
      targetDate: "2026-06-30"
    });
  });

  it("starts from the initiative being edited", async () => {
    const element = mount({ initiative: PLAN.initiatives[0] });
    await flush();
    expect(byId(element, "initiative-title").value).toBe(PLAN.initiatives[0].title);
    expect(byId(element, "initiative-target-date").value).toBe("2026-09-30");
  });

  it("requires a title, reports cancel and can be focused", async () => {
    const element = mount();
    const save = jest.fn();
    const cancel = jest.fn();
    element.addEventListener("formsave", save);
    element.addEventListener("formcancel", cancel);
    await flush();
    const title = byId(element, "initiative-title");
    title.setCustomValidity = jest.fn();
    title.reportValidity = jest.fn();
    const focus = jest.spyOn(title, "focus");
    byId(element, "initiative-form-save").click();
    expect(save).not.toHaveBeenCalled();
    expect(title.setCustomValidity).toHaveBeenCalledWith("Complete this field.");
    element.focus();
    expect(focus).toHaveBeenCalled();
    byId(element, "initiative-form-cancel").click();
    expect(cancel).toHaveBeenCalled();
  });
});
