import AccordCommitmentItem from "c/accordCommitmentItem";
import { flush, byId, mounter, resetDom, expectAccessible } from "test/accordTest";
import { WORKSPACE, EDITABLE } from "test/accordPlanContent";

const COMMITMENT = WORKSPACE.plan.initiatives[0].commitments[0];

const mount = mounter("c-accord-commitment-item", AccordCommitmentItem, {
  commitment: COMMITMENT,
  ...EDITABLE
});

describe("c-accord-commitment-item", () => {
  afterEach(resetDom);

  it("shows what, who and by when, with the progress status editable", async () => {
    const { element, handler } = await mount.watching("commitmentupdate");
    expect(byId(element, "commitment-description").textContent).toBe(COMMITMENT.description);
    expect(byId(element, "commitment-owner").textContent).toContain("Kim Rep");
    // One line, the user's date, a separator only between owner and due date.
    expect(byId(element, "commitment-owner").textContent).toBe("Owner: Kim Rep · Due by Apr 30, 2026");
    await expectAccessible(element);
    byId(element, "commitment-status").dispatchEvent(new CustomEvent("change", { detail: { value: "Done" } }));
    expect(handler.mock.calls[0][0].detail).toEqual({ key: COMMITMENT.key, changes: { status: "Done" } });
  });

  it("shows status and outcome as text when progress is locked", async () => {
    const element = mount({
      commitment: { ...COMMITMENT, reviewOutcome: "Partly", ownerName: null, dueDate: null },
      editable: false,
      progressEditable: false
    });
    await flush();
    expect(byId(element, "commitment-status")).toBeNull();
    expect(byId(element, "commitment-status-text").textContent).toContain("In progress");
    expect(byId(element, "commitment-outcome").textContent).toContain("Partly kept");
    expect(byId(element, "commitment-owner").textContent).toContain("Nobody named");
    expect(byId(element, "commitment-edit")).toBeNull();
  });

  it("edits through the commitment form", async () => {
    const { element, handler } = await mount.watching("commitmentupdate");
    byId(element, "commitment-edit").click();
    await flush();
    const form = element.shadowRoot.querySelector("c-accord-commitment-form");
    expect(form.party).toBe("Company");
    form.dispatchEvent(new CustomEvent("formsave", { detail: { fields: { description: "Drei Workshops" } } }));
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({
      key: COMMITMENT.key,
      changes: { description: "Drei Workshops" }
    });
    expect(element.shadowRoot.querySelector("c-accord-commitment-form")).toBeNull();
    byId(element, "commitment-edit").click();
    await flush();
    element.shadowRoot.querySelector("c-accord-commitment-form").dispatchEvent(new CustomEvent("formcancel"));
    await flush();
    expect(byId(element, "commitment-description")).not.toBeNull();
  });

  it("names its Edit and Remove by the commitment's words for a screen reader; the visible text stays", async () => {
    const element = mount();
    await flush();
    const buttons = ["commitment-edit", "commitment-remove"].map((id) => byId(element, id));
    expect(buttons.map((button) => button.textContent.trim())).toEqual(["Edit", "Remove"]);
    expect(buttons.map((button) => button.getAttribute("aria-label"))).toEqual([
      "Edit: Commitment – Prozessberatung und zwei Workshops",
      "Remove: Commitment – Prozessberatung und zwei Workshops"
    ]);
  });

  it("asks before removing", async () => {
    const { element, handler } = await mount.watching("commitmentremove");
    byId(element, "commitment-remove").click();
    await flush();
    byId(element, "commitment-remove-cancel").click();
    await flush();
    expect(handler).not.toHaveBeenCalled();
    byId(element, "commitment-remove").click();
    await flush();
    byId(element, "commitment-remove-confirm").click();
    expect(handler.mock.calls[0][0].detail).toEqual({ key: COMMITMENT.key });
  });

  it("shows a failed save next to the commitment it concerns", async () => {
    const element = mount({ error: { message: "Owner missing", recordKey: COMMITMENT.key } });
    await flush();
    expect(byId(element, "commitment-error").textContent).toBe("Not saved: Owner missing");
    const other = mount({ error: { message: "Owner missing", recordKey: "other" } });
    await flush();
    expect(byId(other, "commitment-error")).toBeNull();
  });

  it("opens the form when asked to focus, or focuses the card when read-only", async () => {
    const element = mount();
    await flush();
    element.focusRecord();
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-commitment-form")).not.toBeNull();
    const readOnly = mount({ editable: false });
    await flush();
    const focus = jest.spyOn(byId(readOnly, "commitment"), "focus");
    readOnly.focusRecord();
    expect(focus).toHaveBeenCalled();
  });
});
