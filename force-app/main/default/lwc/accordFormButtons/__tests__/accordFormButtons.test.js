import AccordFormButtons from "c/accordFormButtons";
import { flush, mounter, resetDom, expectAccessible } from "test/accordTest";

const mount = mounter("c-accord-form-buttons", AccordFormButtons, { cancelId: "x-cancel", confirmId: "x-save" });

/** Light DOM: the buttons are the element's own children, found by data-id from outside. */
const button = (element, id) => element.querySelector(`[data-id="${id}"]`);

describe("c-accord-form-buttons", () => {
  afterEach(resetDom);

  it("offers Cancel and Save (brand) by default and reports each", async () => {
    const element = mount();
    const cancel = jest.fn();
    const confirm = jest.fn();
    element.addEventListener("cancel", cancel);
    element.addEventListener("confirm", confirm);
    await flush();
    expect(element.shadowRoot).toBeNull();
    expect(button(element, "x-cancel").label).toBe("Cancel");
    expect(button(element, "x-save").label).toBe("Save");
    expect(button(element, "x-save").variant).toBe("brand");
    expect(button(element, "x-save").disabled).toBe(false);
    await expectAccessible(element);
    button(element, "x-cancel").click();
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(confirm).not.toHaveBeenCalled();
    button(element, "x-save").click();
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it("takes the confirming button's label, variant and disabled state", async () => {
    const element = mount({ confirmLabel: "Remove", confirmVariant: "destructive", confirmDisabled: true });
    await flush();
    expect(button(element, "x-save").label).toBe("Remove");
    expect(button(element, "x-save").variant).toBe("destructive");
    expect(button(element, "x-save").disabled).toBe(true);
  });
});
