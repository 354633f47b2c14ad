import AccordCommitmentForm from "c/accordCommitmentForm";
import { byId, change, mounter, resetDom, expectAccessible } from "test/accordTest";
import { REFUSES_BLANK, WORKSPACE, requiredTextProbe } from "test/accordPlanContent";

const COMMITMENTS = WORKSPACE.plan.initiatives[0].commitments;

const mount = mounter("c-accord-commitment-form", AccordCommitmentForm, {
  stakeholders: WORKSPACE.stakeholders,
  permissions: WORKSPACE.permissions
});

describe("c-accord-commitment-form", () => {
  afterEach(resetDom);

  it("proposes the current user as company owner and keeps their user id", async () => {
    const { element, handler } = await mount.watching("formsave", { party: "Company" });
    expect(byId(element, "commitment-owner-name").value).toBe("Kim Rep");
    expect(byId(element, "commitment-owner-contact")).toBeNull();
    await expectAccessible(element);
    change(byId(element, "commitment-description"), "Workshops");
    change(byId(element, "commitment-due-date"), "2026-03-31");
    byId(element, "commitment-form-save").click();
    expect(handler.mock.calls[0][0].detail.fields).toEqual({
      party: "Company",
      description: "Workshops",
      dueDate: "2026-03-31",
      ownerContactId: null,
      ownerUserId: "005000000000001AAA",
      ownerName: "Kim Rep"
    });
  });

  it("keeps another company owner as a name only", async () => {
    const { element, handler } = await mount.watching("formsave", {
      party: "Company",
      commitment: COMMITMENTS[0]
    });
    change(byId(element, "commitment-owner-name"), "Medical Science Liaison");
    byId(element, "commitment-form-save").click();
    expect(handler.mock.calls[0][0].detail.fields).toMatchObject({
      ownerUserId: null,
      ownerName: "Medical Science Liaison"
    });
  });

  it("keeps the previous company owner while their name is unchanged", async () => {
    const commitment = { ...COMMITMENTS[0], ownerUserId: "005000000000009AAA", ownerName: "Alex Lead" };
    const { element, handler } = await mount.watching("formsave", { party: "Company", commitment });
    byId(element, "commitment-form-save").click();
    expect(handler.mock.calls[0][0].detail.fields).toMatchObject({
      ownerUserId: "005000000000009AAA",
      ownerName: "Alex Lead"
    });
  });

  it("chooses a customer owner among the account's contacts", async () => {
    const { element, handler } = await mount.watching("formsave", {
      party: "Customer",
      commitment: COMMITMENTS[1]
    });
    const owner = byId(element, "commitment-owner-contact");
    expect(owner.value).toBe("003000000000001AAA");
    change(owner, "003000000000002AAA");
    byId(element, "commitment-form-save").click();
    expect(handler.mock.calls[0][0].detail.fields).toMatchObject({
      party: "Customer",
      ownerContactId: "003000000000002AAA",
      ownerUserId: null,
      ownerName: "Jonas Becker"
    });
    change(owner, "");
    byId(element, "commitment-form-save").click();
    expect(handler.mock.calls[1][0].detail.fields).toMatchObject({ ownerContactId: null, ownerName: null });
  });

  it("requires a description, reports cancel and can be focused", async () => {
    const ids = { field: "commitment-description", save: "commitment-form-save", cancel: "commitment-form-cancel" };
    expect(await requiredTextProbe(mount, { party: "Customer" }, ids)).toEqual(REFUSES_BLANK);
  });
});
