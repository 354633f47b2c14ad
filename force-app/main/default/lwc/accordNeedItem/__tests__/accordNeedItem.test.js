import AccordNeedItem from "c/accordNeedItem";
import { flush, byId, change, mounter, resetDom, expectAccessible } from "test/accordTest";

const WORKSPACE = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const PLAN = WORKSPACE.plan;
const INITIATIVES = PLAN.initiatives.map((i) => ({ key: i.key, title: i.title }));

const mountItem = mounter("c-accord-need-item", AccordNeedItem, {
  initiatives: INITIATIVES,
  stakeholders: WORKSPACE.stakeholders,
  editable: true
});
const mount = (need, props = {}) => mountItem({ need, ...props });

/** A rendered need with its words' edit form open; the handler records its needupdate events. */
async function openEdit(need) {
  const watched = await mountItem.watching("needupdate", { need });
  byId(watched.element, "need-edit").click();
  await flush();
  return watched;
}

describe("c-accord-need-item", () => {
  afterEach(resetDom);

  it("shows a committed need in the customer's words with its decision and initiative", async () => {
    const element = mount(PLAN.needs[0]);
    await flush();
    expect(byId(element, "need").getAttribute("aria-label")).toBe("Need 1");
    expect(byId(element, "need-verbatim").textContent).toBe(PLAN.needs[0].verbatim);
    expect(byId(element, "need-decision-badge").textContent).toBe("Commit");
    expect(byId(element, "need-theme").textContent).toBe("Care pathway");
    expect(byId(element, "need-priority").textContent).toBe("Priority 1");
    expect(byId(element, "need-raised-by").textContent).toContain("Dr. Anna Schneider");
    expect(byId(element, "need-initiative").textContent).toContain("Reflex-Testung im Tumorboard");
    expect(byId(element, "need-decide").textContent.trim()).toBe("Change decision");
    await expectAccessible(element);
  });

  it("collapses a long verbatim to its first lines with Show more / Show less (aria-expanded); a short one stays whole", async () => {
    const long = "Die Befunde kommen zu spät. ".repeat(40);
    const element = mount({ ...PLAN.needs[0], verbatim: long });
    await flush();
    const quote = byId(element, "need-verbatim");
    const toggle = byId(element, "need-verbatim-toggle");
    expect(quote.textContent).toBe(long); // every word is there; only the view is shortened
    expect(quote.classList.contains("accord-collapsed")).toBe(true);
    expect(toggle.textContent.trim()).toBe("Show more");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(toggle.getAttribute("aria-controls")).toBe(quote.getAttribute("id"));
    await expectAccessible(element);
    toggle.click();
    await flush();
    expect(quote.classList.contains("accord-collapsed")).toBe(false);
    expect(toggle.textContent.trim()).toBe("Show less");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await expectAccessible(element);
    toggle.click();
    await flush();
    expect(quote.classList.contains("accord-collapsed")).toBe(true);

    // Five short lines are long too (each line break takes a line); one short line is not.
    const lines = mount({ ...PLAN.needs[0], verbatim: "a\nb\nc\nd\ne" });
    await flush();
    expect(byId(lines, "need-verbatim-toggle")).not.toBeNull();
    const short = mount({ ...PLAN.needs[0], verbatim: "Kurz." });
    await flush();
    expect(byId(short, "need-verbatim-toggle")).toBeNull();
    expect(byId(short, "need-verbatim").classList.contains("accord-collapsed")).toBe(false);
  });

  it("renders customer text containing HTML as text", async () => {
    const element = mount(PLAN.needs[1]);
    await flush();
    const verbatim = byId(element, "need-verbatim");
    expect(verbatim.textContent).toBe("Die Pflege braucht Schulungen <b>HTML</b> & <script>alert(1)</script>");
    expect(verbatim.querySelector("b, script")).toBeNull();
    expect(byId(element, "need-decision-badge").textContent).toBe("Not decided");
    expect(byId(element, "need-decide").textContent.trim()).toBe("Decide");
  });

  it("names nobody when no one is recorded and flags a committed need without initiative", async () => {
    const element = mount({
      ...PLAN.needs[0],
      raisedByName: null,
      theme: null,
      customerPriority: null,
      initiativeKey: null
    });
    await flush();
    expect(byId(element, "need-raised-by").textContent).toContain("Nobody named");
    expect(byId(element, "need-not-linked")).not.toBeNull();
    expect(byId(element, "need-theme")).toBeNull();
  });

  it("edits the verbatim as a clearly marked edit and reports the changes", async () => {
    const { element, handler } = await openEdit(PLAN.needs[0]);
    expect(byId(element, "need-editing-warning").textContent).toBe(
      "You are changing the customer's own words. Only correct what they said; do not rewrite it."
    );
    expect(byId(element, "need-verbatim")).toBeNull();
    await expectAccessible(element);
    change(byId(element, "need-edit-verbatim"), "Patienten warten zu lange.");
    change(byId(element, "need-edit-raised-by"), "003000000000002AAA");
    change(byId(element, "need-edit-theme"), "");
    change(byId(element, "need-edit-priority"), "3");
    byId(element, "need-edit-save").click();
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({
      key: PLAN.needs[0].key,
      changes: {
        verbatim: "Patienten warten zu lange.",
        raisedById: "003000000000002AAA",
        raisedByName: "Jonas Becker",
        theme: null,
        customerPriority: 3
      }
    });
    expect(byId(element, "need-editing-warning")).toBeNull();
  });

  it("refuses to blank the verbatim and can cancel an edit", async () => {
    const { element, handler } = await openEdit(PLAN.needs[0]);
    const input = byId(element, "need-edit-verbatim");
    input.setCustomValidity = jest.fn();
    input.reportValidity = jest.fn();
    change(input, " ");
    byId(element, "need-edit-save").click();
    expect(handler).not.toHaveBeenCalled();
    expect(input.setCustomValidity).toHaveBeenCalledWith("Complete this field.");
    byId(element, "need-edit-cancel").click();
    await flush();
    expect(byId(element, "need-verbatim")).not.toBeNull();
  });

  it("opens the decision form and passes its result on with the need's key", async () => {
    const { element, handler } = await mountItem.watching("needupdate", { need: PLAN.needs[1] });
    byId(element, "need-decide").click();
    await flush();
    const form = element.shadowRoot.querySelector("c-accord-need-decision");
    expect(form.need.key).toBe(PLAN.needs[1].key);
    form.dispatchEvent(
      new CustomEvent("decisionsave", { detail: { changes: { decision: "Defer", decisionRationale: "Später" } } })
    );
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({
      key: PLAN.needs[1].key,
      changes: { decision: "Defer", decisionRationale: "Später" }
    });
    expect(element.shadowRoot.querySelector("c-accord-need-decision")).toBeNull();
  });

  it("asks before removing a need", async () => {
    const { element, handler } = await mountItem.watching("needremove", { need: PLAN.needs[2] });
    byId(element, "need-remove").click();
    await flush();
    expect(byId(element, "need-remove-question").textContent).toBe(
      "Remove this need? This cannot be undone once saved."
    );
    byId(element, "need-remove-cancel").click();
    await flush();
    expect(handler).not.toHaveBeenCalled();
    byId(element, "need-remove").click();
    await flush();
    byId(element, "need-remove-confirm").click();
    expect(handler.mock.calls[0][0].detail).toEqual({ key: PLAN.needs[2].key });
  });

  it("names its buttons and the remove question for a screen reader by the need's number and first words", async () => {
    const element = mount(PLAN.needs[0]);
    await flush();
    const item = "Need 1 – Unsere Patienten warten nach dem Tumorb…";
    const buttons = ["need-decide", "need-edit", "need-remove"].map((id) => byId(element, id));
    expect(buttons.map((button) => button.textContent.trim())).toEqual([
      "Change decision",
      "Edit the customer's words",
      "Remove"
    ]);
    expect(buttons.map((button) => button.getAttribute("aria-label"))).toEqual([
      `Change decision: ${item}`,
      `Edit the customer's words: ${item}`,
      `Remove: ${item}`
    ]);
    byId(element, "need-remove").click();
    await flush();
    const question = byId(element, "need-remove-question").closest('[role="group"]');
    expect(question.getAttribute("aria-label")).toBe(`Remove: ${item}`);
    await expectAccessible(element);
  });

  it("shows a failed save next to the need", async () => {
    const element = mount(PLAN.needs[0], { errorMessage: "Verbatim is too long." });
    await flush();
    expect(byId(element, "need-error").textContent).toBe("Not saved: Verbatim is too long.");
  });

  it("offers no edit controls when the content is locked", async () => {
    const element = mount(PLAN.needs[0], { editable: false });
    await flush();
    expect(byId(element, "need-edit")).toBeNull();
    expect(byId(element, "need-decide")).toBeNull();
  });

  it("opens the decision when asked to focus, or focuses the card when read-only", async () => {
    const element = mount(PLAN.needs[1]);
    await flush();
    element.focusRecord();
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-need-decision")).not.toBeNull();
    const readOnly = mount(PLAN.needs[0], { editable: false });
    await flush();
    const focus = jest.spyOn(byId(readOnly, "need"), "focus");
    readOnly.focusRecord();
    expect(focus).toHaveBeenCalled();
  });

  it("leaves the stakeholder's approach (internal) out in customer mode", async () => {
    // PLAN.needs[0] was raised by a stakeholder of the account.
    const element = mount(PLAN.needs[0], { customerMode: true });
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-stakeholder-tag")).toBeNull();
    element.customerMode = false;
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-stakeholder-tag")).not.toBeNull();
  });
});
