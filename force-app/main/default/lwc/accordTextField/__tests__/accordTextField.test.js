import AccordTextField from "c/accordTextField";
import { expectAccessible, mounter, resetDom, settle, typeInto } from "test/accordTest";

const mount = mounter("c-accord-text-field", AccordTextField, { label: "What the customer said" });
const inner = (element) => element.shadowRoot.querySelector('[data-id="input"]');
/** The user leaves the input: focus, then blur, as a browser does (blur, then a bubbling focusout). */
function leave(element) {
  inner(element).focus();
  inner(element).blur();
}
const count = (element) => element.shadowRoot.querySelector('[data-id="count"]');

const message = (element) => element.shadowRoot.querySelector('[data-id="message"]');

describe("c-accord-text-field", () => {
  afterEach(resetDom);

  it("shows the field's limit with a counter and passes the text on in one change event", async () => {
    const element = mount({ field: "Customer_Need__c.Verbatim__c", value: "Schneller" });
    await settle();
    expect(inner(element).tagName).toBe("TEXTAREA");
    expect(inner(element).className).toBe("slds-textarea");
    expect(inner(element).hasAttribute("maxlength")).toBe(false);
    expect(inner(element).value).toBe("Schneller");
    // Labelled by its label; described by the message and the counter.
    const label = element.shadowRoot.querySelector("label");
    expect(label.textContent.trim()).toBe("What the customer said");
    expect(label.htmlFor).toBe(inner(element).id);
    expect(inner(element).getAttribute("aria-describedby").split(" ")).toEqual([
      message(element).id,
      count(element).id
    ]);
    expect(count(element).textContent).toBe("9 / 32,768 characters");
    const heard = jest.fn();
    const outside = jest.fn();
    element.addEventListener("change", heard);
    document.body.addEventListener("change", outside);
    typeInto(element, "Schneller zum Tumorboard");
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0][0].detail).toEqual({ value: "Schneller zum Tumorboard" });
    expect(outside).not.toHaveBeenCalled(); // the native event stays inside
    expect(element.value).toBe("Schneller zum Tumorboard");
    expect(count(element).textContent).toBe("24 / 32,768 characters");
    element.value = ""; // the parent starts the next one
    await settle();
    expect(inner(element).value).toBe("");
    await expectAccessible(element);
    document.body.removeEventListener("change", outside);
  });

  it("refuses a text beyond the limit with the numbers, keeps all of it, and clears the message once it fits", async () => {
    const element = mount({ field: "Plan_Signature__c.Evidence__c" });
    await settle();
    typeInto(element, "x".repeat(300));
    await settle();
    expect(element.value).toHaveLength(300); // nothing cut
    expect(inner(element).value).toHaveLength(300);
    expect(message(element).textContent).toBe(
      "This text has 300 characters; at most 255 fit. Shorten it: nothing was cut and nothing is saved until it fits."
    );
    expect(element.shadowRoot.querySelector(".slds-form-element").classList).toContain("slds-has-error");
    expect(inner(element).getAttribute("aria-invalid")).toBe("true");
    expect(count(element).textContent).toBe("300 / 255 characters");
    expect(element.reportLimit()).toBe(false);
    expect(element.reportValidity()).toBe(false);
    expect(element.checkValidity()).toBe(false);
    await expectAccessible(element);
    typeInto(element, "x".repeat(255));
    await settle();
    expect(message(element).textContent).toBe("");
    expect(element.shadowRoot.querySelector(".slds-form-element").classList).not.toContain("slds-has-error");
    expect(inner(element).hasAttribute("aria-invalid")).toBe(false);
    expect(element.reportLimit()).toBe(true);
    expect(element.reportValidity()).toBe(true);
  });

  it("asks for a required text when the parent reports or the user leaves it empty, as the base inputs do", async () => {
    const element = mount({ field: "Customer_Need__c.Verbatim__c", required: true });
    await settle();
    expect(inner(element).required).toBe(true);
    expect(message(element).textContent).toBe(""); // not before anyone asked
    expect(element.checkValidity()).toBe(false);
    leave(element);
    await settle();
    expect(message(element).textContent).toBe("Complete this field.");
    typeInto(element, "Schneller");
    await settle();
    expect(message(element).textContent).toBe("");
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
    expect(inner(element).tagName).toBe("INPUT");
    expect(inner(element).type).toBe("text");
    expect(element.shadowRoot.querySelector("label").htmlFor).toBe(inner(element).id);
    expect(count(element).textContent).toBe("2 / 2 characters");
    element.disabled = true;
    await settle();
    expect(count(element)).toBeNull();
  });

  it("keeps a message the parent sets until the parent clears it, behind the limit's own", async () => {
    const element = mount({ field: "Plan_Signature__c.Evidence__c" });
    await settle();
    element.setCustomValidity("Complete this field.");
    expect(element.checkValidity()).toBe(false);
    expect(element.reportValidity()).toBe(false);
    await settle();
    expect(message(element).textContent).toBe("Complete this field.");
    typeInto(element, "x".repeat(300));
    await settle();
    expect(message(element).textContent).toContain("at most 255 fit"); // typing clears the parent's; the limit's shows
    element.setCustomValidity("");
    typeInto(element, "x");
    expect(element.reportValidity()).toBe(true);
    await settle();
    expect(message(element).textContent).toBe("");
  });

  it("passes blur on and focuses its input", async () => {
    const element = mount({ field: "Customer_Need__c.Verbatim__c" });
    await settle();
    const blurred = jest.fn();
    element.addEventListener("blur", blurred);
    leave(element);
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
