import AccordStakeholderForm from "c/accordStakeholderForm";
import { byId, change, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("../../accordStakeholderMap/__tests__/data/getStakeholderMap.json");
const mount = mounter("c-accord-stakeholder-form", AccordStakeholderForm, {
  accountId: MAP.accountId,
  stakeholders: MAP.stakeholders,
  contacts: MAP.contacts,
  currentUserId: MAP.currentUserId,
  currentUserName: MAP.currentUserName
});

describe("c-accord-stakeholder-form", () => {
  afterEach(resetDom);

  it("offers the account's contacts that are not stakeholders yet, and a new contact", async () => {
    const element = mount();
    await settle();
    expect(byId(element, "contact").options.map((o) => o.label)).toEqual([
      "Andrea Becker (Pflegedirektorin)",
      "New contact"
    ]);
    expect(byId(element, "owner").value).toBe("005U1");
    expect(byId(element, "manager").options.map((o) => o.label)[0]).toBe("No manager");
    await expectAccessible(element);
  });

  it("creates a new contact with its name and title, and every stakeholder field", async () => {
    const element = mount();
    const save = jest.fn();
    element.addEventListener("save", save);
    await settle();
    change(byId(element, "contact"), "new");
    await settle();
    change(byId(element, "first-name"), " Andrea ");
    change(byId(element, "last-name"), "Becker");
    change(byId(element, "title"), "Pflegedirektorin");
    change(byId(element, "role"), "Nursing_Lead");
    change(byId(element, "decision-role"), "User");
    change(byId(element, "influence"), "2");
    change(byId(element, "stance"), "-1");
    change(byId(element, "strength"), "4");
    change(byId(element, "owner"), "");
    change(byId(element, "manager"), MAP.stakeholders[0].id);
    change(byId(element, "last-engaged"), "2026-11-02");
    const signatory = byId(element, "signatory");
    signatory.checked = true;
    signatory.dispatchEvent(new CustomEvent("change", { detail: { checked: true } }));
    byId(element, "save").click();
    expect(save.mock.calls[0][0].detail).toEqual({
      id: null,
      accountId: MAP.accountId,
      contactId: null,
      newContact: { firstName: "Andrea", lastName: "Becker", title: "Pflegedirektorin" },
      role: "Nursing_Lead",
      influence: 2,
      decisionRole: "User",
      stance: -1,
      relationshipStrength: 4,
      relationshipOwnerId: null,
      reportsToId: MAP.stakeholders[0].id,
      isSignatory: true,
      lastEngagedOn: "2026-11-02"
    });
  });

  it("refuses an influence out of range and a missing contact, in words, before sending", async () => {
    const element = mount();
    const save = jest.fn();
    element.addEventListener("save", save);
    await settle();
    change(byId(element, "role"), "Nursing_Lead");
    byId(element, "save").click();
    await settle();
    expect(byId(element, "form-error").textContent).toContain(
      "Pick a contact, or enter the last name of the new contact."
    );
    change(byId(element, "contact"), "003000000000009AAA");
    change(byId(element, "influence"), "7");
    byId(element, "save").click();
    await settle();
    expect(byId(element, "form-error").textContent).toContain("Influence must be a whole number from 1 to 5.");
    expect(save).not.toHaveBeenCalled();
    await expectAccessible(element);
  });

  it("edits a stakeholder keeping its contact, and shows the server's error", async () => {
    const element = mount({ stakeholder: MAP.stakeholders[3], serverError: "Refused by the server." });
    const save = jest.fn();
    element.addEventListener("save", save);
    await settle();
    expect(byId(element, "contact")).toBeNull();
    expect(byId(element, "edited-name").textContent).toBe("Sabine Hoffmann");
    expect(byId(element, "form-error").textContent).toContain("Refused by the server.");
    byId(element, "save").click();
    expect(save.mock.calls[0][0].detail).toMatchObject({
      id: MAP.stakeholders[3].id,
      contactId: MAP.stakeholders[3].contactId,
      newContact: null,
      relationshipOwnerId: "005U2"
    });
  });
});
