import AccordSignatureForm from "c/accordSignatureForm";
import { flush, byId, change, mounter, resetDom, expectAccessible } from "test/accordTest";

const WORKSPACE = require("../../accordPlanWorkspace/__tests__/data/workspaceInReview.json");
const PLAN = WORKSPACE.plan;

const mount = mounter("c-accord-signature-form", AccordSignatureForm, {
  plan: PLAN,
  stakeholders: WORKSPACE.stakeholders,
  permissions: WORKSPACE.permissions
});

describe("c-accord-signature-form", () => {
  afterEach(resetDom);

  it("records a customer signature drawn in the meeting for the version on screen", async () => {
    const element = mount({ party: "Customer" });
    const handler = jest.fn();
    element.addEventListener("sign", handler);
    await flush();
    expect(byId(element, "sign-heading").textContent).toBe("Customer signature");
    // The signer confirms the version on screen and its fingerprint (29c928443d64… in groups of four).
    expect(byId(element, "sign-version-note").textContent).toBe(
      "The signer confirms version 2 with fingerprint 29c9 2844 3d64."
    );
    expect(byId(element, "sign-submit").label).toBe("Record signature of version 2");
    expect(byId(element, "sign-signatory").options).toEqual([
      { value: "003000000000001AAA", label: "Dr. Anna Schneider" }
    ]);
    await expectAccessible(element);
    change(byId(element, "sign-signatory"), "003000000000001AAA");
    const pad = element.shadowRoot.querySelector("c-accord-signature-pad");
    pad.toPngBase64 = () => "iVBORw0KGgo=";
    byId(element, "sign-submit").click();
    expect(handler.mock.calls[0][0].detail.action).toEqual({
      type: "sign",
      party: "Customer",
      planVersion: 2,
      contentHash: PLAN.contentHash,
      signerContactId: "003000000000001AAA",
      method: "In meeting",
      evidence: null,
      drawnSignaturePng: "iVBORw0KGgo="
    });
  });

  it("requires a signatory and a drawn signature", async () => {
    const element = mount({ party: "Customer" });
    const handler = jest.fn();
    element.addEventListener("sign", handler);
    await flush();
    const pad = element.shadowRoot.querySelector("c-accord-signature-pad");
    pad.toPngBase64 = () => null;
    byId(element, "sign-submit").click();
    await flush();
    expect(byId(element, "sign-form-error").textContent).toBe("Choose who signs.");
    change(byId(element, "sign-signatory"), "003000000000001AAA");
    byId(element, "sign-submit").click();
    await flush();
    expect(byId(element, "sign-form-error").textContent).toBe("Ask the signer to sign in the box.");
    pad.dispatchEvent(new CustomEvent("signaturechange", { detail: { hasSignature: true } }));
    await flush();
    expect(byId(element, "sign-form-error")).toBeNull();
    expect(handler).not.toHaveBeenCalled();
  });

  it("records an email confirmation with its evidence", async () => {
    const element = mount({ party: "Customer" });
    const handler = jest.fn();
    element.addEventListener("sign", handler);
    await flush();
    change(byId(element, "sign-signatory"), "003000000000001AAA");
    change(byId(element, "sign-method"), "Email");
    await flush();
    expect(element.shadowRoot.querySelector("c-accord-signature-pad")).toBeNull();
    expect(byId(element, "sign-evidence").fieldLevelHelp).toBe(
      "Paste the customer's confirmation email (sender, date and text)."
    );
    byId(element, "sign-submit").click();
    await flush();
    expect(byId(element, "sign-form-error").textContent).toBe("Add the evidence of the confirmation.");
    const evidence = byId(element, "sign-evidence");
    // The message goes on the base input inside c-accord-text-field; the limit is Evidence__c's length (Text 255).
    const evidenceInput = Object.assign(evidence.shadowRoot.querySelector('[data-id="input"]'), {
      setCustomValidity: jest.fn(),
      reportValidity: jest.fn()
    });
    expect(evidence.shadowRoot.querySelector('[data-id="count"]').textContent).toBe("0 / 255 characters");
    change(evidence, "z".repeat(40000)); // beyond the limit: refused with the numbers, never cut
    byId(element, "sign-submit").click();
    expect(handler).not.toHaveBeenCalled();
    expect(evidenceInput.setCustomValidity).toHaveBeenLastCalledWith(
      "This text has 40,000 characters; at most 255 fit. Shorten it: nothing was cut and nothing is saved until it fits."
    );
    expect(evidence.value).toHaveLength(40000);
    change(evidence, "Mail vom 22.01.: Einverstanden.");
    byId(element, "sign-submit").click();
    expect(handler.mock.calls[0][0].detail.action).toMatchObject({
      method: "Email",
      evidence: "Mail vom 22.01.: Einverstanden.",
      drawnSignaturePng: null
    });
    change(byId(element, "sign-method"), "Portal");
    await flush();
    expect(byId(element, "sign-evidence").fieldLevelHelp).toBe("Reference of the confirmation in the portal.");
  });

  it("signs for the company as the current user without a contact", async () => {
    const element = mount({ party: "Company" });
    const handler = jest.fn();
    element.addEventListener("sign", handler);
    await flush();
    expect(byId(element, "sign-heading").textContent).toBe("Company signature by Kim Rep");
    expect(byId(element, "sign-signatory")).toBeNull();
    element.shadowRoot.querySelector("c-accord-signature-pad").toPngBase64 = () => "AAAA";
    byId(element, "sign-submit").click();
    expect(handler.mock.calls[0][0].detail.action).toMatchObject({
      party: "Company",
      signerContactId: null,
      drawnSignaturePng: "AAAA"
    });
  });

  it("cannot record a customer signature without a signatory contact", async () => {
    const element = mount({
      party: "Customer",
      stakeholders: WORKSPACE.stakeholders.map((s) => ({ ...s, isSignatory: false }))
    });
    await flush();
    expect(byId(element, "sign-no-signatory")).not.toBeNull();
    expect(byId(element, "sign-submit").disabled).toBe(true);
  });

  it("shows a spinner while signing, reports cancel and focuses its first field", async () => {
    const element = mount({ party: "Customer", busy: true, plan: { ...PLAN, contentHash: null } });
    const cancel = jest.fn();
    element.addEventListener("signcancel", cancel);
    await flush();
    expect(element.shadowRoot.querySelector("lightning-spinner").alternativeText).toBe("Recording the signature…");
    expect(byId(element, "sign-submit").disabled).toBe(true);
    const focus = jest.spyOn(byId(element, "sign-signatory"), "focus");
    element.focus();
    expect(focus).toHaveBeenCalled();
    byId(element, "sign-cancel").click();
    expect(cancel).toHaveBeenCalled();
  });
});
