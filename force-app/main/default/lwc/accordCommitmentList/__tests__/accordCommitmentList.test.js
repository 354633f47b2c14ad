import AccordCommitmentList from "c/accordCommitmentList";
import { flush, byId, mounter, resetDom, expectAccessible } from "test/accordTest";
import { WORKSPACE, EDITABLE } from "test/accordPlanContent";

const INITIATIVE = WORKSPACE.plan.initiatives[0];

const mount = mounter("c-accord-commitment-list", AccordCommitmentList, {
  initiative: INITIATIVE,
  ...EDITABLE
});

describe("c-accord-commitment-list", () => {
  afterEach(resetDom);

  it("puts company and customer commitments side by side", async () => {
    const element = mount();
    await flush();
    const company = byId(element, "commitments-company").querySelectorAll("c-accord-commitment-item");
    const customer = byId(element, "commitments-customer").querySelectorAll("c-accord-commitment-item");
    expect(Array.from(company, (c) => c.commitment.party)).toEqual(["Company"]);
    expect(Array.from(customer, (c) => c.commitment.party)).toEqual(["Customer"]);
    await expectAccessible(element);
  });

  it("says when a party has no commitment yet", async () => {
    const element = mount({ initiative: { ...INITIATIVE, commitments: [INITIATIVE.commitments[0]] } });
    await flush();
    expect(byId(element, "commitments-customer").textContent).toContain("No commitment yet.");
  });

  it("adds a commitment for the party whose column it is", async () => {
    const { element, handler } = await mount.watching("commitmentadd");
    byId(element, "commitment-add-customer").click();
    await flush();
    const form = element.shadowRoot.querySelector("c-accord-commitment-form");
    expect(form.party).toBe("Customer");
    expect(byId(element, "commitment-add-customer")).toBeNull();
    form.dispatchEvent(
      new CustomEvent("formsave", { detail: { fields: { party: "Customer", description: "Daten" } } })
    );
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({
      initiativeKey: INITIATIVE.key,
      fields: { party: "Customer", description: "Daten" }
    });
    expect(element.shadowRoot.querySelector("c-accord-commitment-form")).toBeNull();
    byId(element, "commitment-add-company").click();
    await flush();
    element.shadowRoot.querySelector("c-accord-commitment-form").dispatchEvent(new CustomEvent("formcancel"));
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-commitment-form")).toBeNull();
  });

  it("offers no add buttons when the content is locked, and passes item events on", async () => {
    const element = mount({ editable: false });
    const update = jest.fn();
    const remove = jest.fn();
    element.addEventListener("commitmentupdate", update);
    element.addEventListener("commitmentremove", remove);
    await flush();
    expect(byId(element, "commitment-add-company")).toBeNull();
    const item = element.shadowRoot.querySelector("c-accord-commitment-item");
    item.dispatchEvent(new CustomEvent("commitmentupdate", { detail: { key: "k", changes: { status: "Done" } } }));
    item.dispatchEvent(new CustomEvent("commitmentremove", { detail: { key: "k" } }));
    expect(update).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it("focuses the commitment with a key", async () => {
    const element = mount();
    await flush();
    const item = element.shadowRoot.querySelector(
      `c-accord-commitment-item[data-key="${INITIATIVE.commitments[1].key}"]`
    );
    item.focusRecord = jest.fn();
    element.focusRecord(INITIATIVE.commitments[1].key);
    expect(item.focusRecord).toHaveBeenCalled();
    element.focusRecord("missing");
  });
});
