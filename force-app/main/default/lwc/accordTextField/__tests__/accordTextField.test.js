import AccordTextField from "c/accordTextField";
import { expectAccessible, mounter, resetDom, settle } from "../../../../../test/jest-helpers/accordTest";

const mount = mounter("c-accord-text-field", AccordTextField, { label: "What the customer said" });
const inner = (element) => element.shadowRoot.querySelector('[data-id="input"]');
const count = (element) => element.shadowRoot.querySelector('[data-id="count"]');

/** Types into the base input inside, as the user does: it fires change with the text. */
function type(element, value) {
  const input = inner(element);
  input.value = value;
  input.dispatchEvent(new CustomEvent("change", { detail: { value }, bubbles: true, composed: true }));
}

describe("c-accord-text-field", () => {
  afterEach(resetDom);

  it("shows the field's limit with a counter and passes the text on in one change event", async () => {
    const element = mount({ field: "Customer_Need__c.Verbatim__c", value: "Schneller" });
    await settle();
    expect(inner(element).tagName).toBe("LIGHTNING-TEXTAREA");
    expect(inner(element).maxLength).toBeUndefined();
    expect(count(element).textContent).toBe("9 / 32,768 characters");
    const heard = jest.fn();
    const outside = jest.fn();
    element.addEventListener("change", heard);
    document.body.addEventListener("change", outside);
    type(element, "Schneller zum Tumorboard");
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0][0].detail).toEqual({ value: "Schneller zum Tumorboard" });
    expect(outside).not.toHaveBeenCalled(); // the base input's own event stays inside
    expect(element.value).toBe("Schneller zum Tumorboard");
    expect(count(element).textContent).toBe("24 / 32,768 characters");
    await expectAccessible(element);
    document.body.removeEventListener("change", outside);
  });

  it("refuses a text beyond the limit with the numbers, keeps all of it, and clears the message once it fits", async () => {
    const element = mount({ field: "Plan_Signature__c.Evidence__c" });
    await settle();
    const input = inner(element);
    input.setCustomValidity = jest.fn();
    input.reportValidity = jest.fn(() => true);
    type(element, "x".repeat(300));
    await settle();
    expect(element.value).toHaveLength(300); // nothing cut
    expect(input.setCustomValidity).toHaveBeenLastCalledWith(
      "This text has 300 characters; at most 255 fit. Shorten it: nothing was cut and nothing is saved until it fits."
    );
    expect(count(element).textContent).toBe("300 / 255 characters");
    expect(element.reportLimit()).toBe(false);
    expect(element.reportValidity()).toBe(false);
    expect(element.checkValidity()).toBe(false);
    type(element, "x".repeat(255));
    await settle();
    expect(input.setCustomValidity).toHaveBeenLastCalledWith("");
    expect(element.reportLimit()).toBe(true);
    expect(element.reportValidity()).toBe(true);
  });

  it("shows a hint under the input beside the counter, and the hint alone when disabled", async () => {
    const hint = "Press Enter to add the need and start the next one. Shift+Enter adds a line break.";
    const element = mount({ field: "Customer_Need__c.Verbatim__c", hint });
    await settle();
    const shown = element.shadowRoot.querySelector('[data-id="hint"]');
    expect(shown.textContent).toBe(hint);
    expect(shown.parentElement).toBe(count(element).parentElement);
    expect(inner(element).fieldLevelHelp).toBeUndefined();
    await expectAccessible(element);
    element.disabled = true;
    await settle();
    expect(count(element)).toBeNull();
    expect(element.shadowRoot.querySelector('[data-id="hint"]').textContent).toBe(hint);
    element.hint = null;
    await settle();
    expect(element.shadowRoot.querySelector(".accord-footnote")).toBeNull();
  });

  it("takes a limit given as max, draws one line for type text, and hides the counter when disabled", async () => {
    const element = mount({ max: 2, type: "text", value: "DE" });
    await settle();
    expect(inner(element).tagName).toBe("LIGHTNING-INPUT");
    expect(count(element).textContent).toBe("2 / 2 characters");
    element.disabled = true;
    await settle();
    expect(count(element)).toBeNull();
  });

  it("keeps a message the parent sets until the parent clears it, behind the limit's own", async () => {
    const element = mount({ field: "Customer_Need__c.Verbatim__c" });
    await settle();
    const input = inner(element);
    input.setCustomValidity = jest.fn();
    element.setCustomValidity("Complete this field.");
    expect(input.setCustomValidity).toHaveBeenLastCalledWith("Complete this field.");
    expect(element.reportValidity()).toBe(false);
    element.setCustomValidity("");
    expect(element.reportValidity()).toBe(true);
  });

  it("passes blur on and focuses its input", async () => {
    const element = mount({ field: "Customer_Need__c.Verbatim__c" });
    await settle();
    const blurred = jest.fn();
    element.addEventListener("blur", blurred);
    inner(element).dispatchEvent(new CustomEvent("blur"));
    expect(blurred).toHaveBeenCalledTimes(1);
    inner(element).focus = jest.fn();
    element.focus();
    expect(inner(element).focus).toHaveBeenCalled();
  });

  it("shows no counter for a field without a known length (tests/model/text-inputs.test.js refuses such a template)", async () => {
    const element = mount({ field: "Customer_Need__c.Nope__c" });
    await settle();
    expect(count(element)).toBeNull();
    expect(element.reportLimit()).toBe(true);
  });
});
