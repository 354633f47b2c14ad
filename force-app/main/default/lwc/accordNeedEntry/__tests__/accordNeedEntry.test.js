import AccordNeedEntry from "c/accordNeedEntry";
import { flush, byId, change, mounter, resetDom, expectAccessible, watchTextField } from "test/accordTest";

const WORKSPACE = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");

const mount = mounter("c-accord-need-entry", AccordNeedEntry, { stakeholders: WORKSPACE.stakeholders });

function choose(combobox, value) {
  combobox.dispatchEvent(new CustomEvent("change", { detail: { value } }));
}

function pressEnter(input, options = {}) {
  const event = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true, ...options });
  input.dispatchEvent(event);
  return event;
}

describe("c-accord-need-entry", () => {
  afterEach(resetDom);

  it("labels every input and offers only stakeholders with a contact as 'raised by'", async () => {
    const element = mount();
    await flush();
    expect(byId(element, "need-verbatim").label).toBe("What the customer said, in their words");
    const options = byId(element, "need-raised-by").options.map((o) => o.label);
    expect(options).toEqual(["None", "Dr. Anna Schneider", "Jonas Becker"]);
    expect(byId(element, "need-theme").options).toHaveLength(10);
    await expectAccessible(element);
  });

  it("adds the need on Enter with who raised it, theme and priority, then keeps focus for the next", async () => {
    const { element, handler } = await mount.watching("needadd");
    const input = byId(element, "need-verbatim");
    const focus = jest.spyOn(input, "focus");
    choose(byId(element, "need-raised-by"), "003000000000002AAA");
    choose(byId(element, "need-theme"), "Education");
    choose(byId(element, "need-priority"), "2");
    change(input, "Wir brauchen Schulungen im Spätdienst.");
    const event = pressEnter(input);
    await flush();
    expect(event.defaultPrevented).toBe(true);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0][0].detail.fields).toEqual({
      verbatim: "Wir brauchen Schulungen im Spätdienst.",
      raisedById: "003000000000002AAA",
      raisedByName: "Jonas Becker",
      theme: "Education",
      customerPriority: 2
    });
    expect(input.value).toBe("");
    expect(focus).toHaveBeenCalled();
    // Every choice resets for the next need, who raised it included (the next speaker may be someone else).
    expect(byId(element, "need-raised-by").value).toBe("");
    expect(byId(element, "need-theme").value).toBe("");
    expect(byId(element, "need-announcement").textContent).toBe("Need added: Wir brauchen Schulungen im Spätdienst.");
  });

  it("keeps Shift+Enter as a line break and leaves IME composition alone", async () => {
    const { element, handler } = await mount.watching("needadd");
    const input = byId(element, "need-verbatim");
    change(input, "Erste Zeile");
    expect(pressEnter(input, { shiftKey: true }).defaultPrevented).toBe(false);
    expect(pressEnter(input, { isComposing: true }).defaultPrevented).toBe(false);
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses an empty need with a message on the field", async () => {
    const { element, handler } = await mount.watching("needadd");
    const input = byId(element, "need-verbatim");
    input.setCustomValidity = jest.fn();
    input.reportValidity = jest.fn();
    change(input, "   ");
    byId(element, "need-add").click();
    expect(handler).not.toHaveBeenCalled();
    expect(input.setCustomValidity).toHaveBeenCalledWith("Complete this field.");
  });

  it("adds with the button too, without who raised it", async () => {
    const { element, handler } = await mount.watching("needadd");
    change(byId(element, "need-verbatim"), "Mehr Daten");
    byId(element, "need-add").click();
    expect(handler.mock.calls[0][0].detail.fields).toMatchObject({
      raisedById: null,
      raisedByName: null,
      theme: null,
      customerPriority: null
    });
  });

  it("shows the limit as a counter and refuses a longer text (a 40,000-character paste) with a message, never cut", async () => {
    const { element, handler } = await mount.watching("needadd");
    const input = byId(element, "need-verbatim");
    const { input: base, counter } = watchTextField(input);
    expect(base.hasAttribute("maxlength")).toBe(false);
    change(input, "Kurz");
    await flush();
    expect(counter()).toBe("4 / 32,768 characters");
    const pasted = "x".repeat(40000);
    change(input, pasted);
    await flush();
    const message =
      "This text has 40,000 characters; at most 32,768 fit. Shorten it: nothing was cut and nothing is saved until it fits.";
    byId(element, "need-add").click();
    expect(base.setCustomValidity).toHaveBeenLastCalledWith(message);
    expect(counter()).toBe("40,000 / 32,768 characters");
    expect(handler).not.toHaveBeenCalled();
    expect(input.value).toHaveLength(40000);
    change(input, "x".repeat(32768));
    byId(element, "need-add").click();
    expect(handler.mock.calls[0][0].detail.fields.verbatim).toHaveLength(32768);
  });
});
