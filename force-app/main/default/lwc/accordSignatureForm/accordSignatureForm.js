import { LightningElement, api } from "lwc";
import { shortFingerprint } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { METHODS, optionsIn, signatoryOptions } from "c/accordPlanView";

/**
 * One party's signature of the version on screen. It carries the version and fingerprint the
 * signer saw, so the server rejects it when the plan changed meanwhile (stale signature).
 */
export default class AccordSignatureForm extends ScreenFollower(LightningElement) {
  /** Company or Customer. */
  @api party;
  /** The plan as saved on the server (version and content hash are what is signed). */
  @api plan;
  @api stakeholders = [];
  @api permissions = {};
  @api busy = false;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  get methodOptions() {
    return optionsIn(METHODS, this.labels);
  }
  signerContactId = "";
  method = "In meeting";
  evidence = "";
  formError = null;

  get isCustomer() {
    return this.party === "Customer";
  }
  get heading() {
    return this.isCustomer
      ? this.labels.Sign_CustomerTitle
      : formatLabel(this.labels.Sign_CompanyTitle, (this.permissions && this.permissions.userName) || "");
  }
  get signatories() {
    return signatoryOptions(this.stakeholders);
  }
  get hasSignatories() {
    return this.signatories.length > 0;
  }
  get canSubmit() {
    return !this.isCustomer || this.hasSignatories;
  }
  get submitDisabled() {
    return this.busy || !this.canSubmit;
  }
  get isInMeeting() {
    return this.method === "In meeting";
  }
  get evidenceHelp() {
    return this.method === "Email" ? this.labels.Sign_EvidenceHelpEmail : this.labels.Sign_EvidenceHelpPortal;
  }
  get versionNote() {
    const hash = this.plan.contentHash;
    return formatLabel(
      this.labels.Sign_VersionNote,
      this.plan.version,
      hash ? shortFingerprint(hash) : this.labels.Header_NoFingerprint
    );
  }
  get submitLabel() {
    return formatLabel(this.labels.Sign_Submit, this.plan.version);
  }

  handleSignatoryChange(event) {
    this.signerContactId = event.detail.value;
  }
  handleMethodChange(event) {
    this.method = event.detail.value;
    this.formError = null;
  }
  handleEvidenceChange(event) {
    this.evidence = event.target.value;
  }
  handleSignatureChange() {
    this.formError = null;
  }

  /** What is missing before the signature can be sent, or null. */
  missing(drawn) {
    if (this.isCustomer && !this.signerContactId) return this.labels.Sign_SignatoryRequired;
    if (this.isInMeeting && !drawn) return this.labels.Sign_DrawnRequired;
    if (!this.isInMeeting && this.evidence.trim() === "") return this.labels.Sign_EvidenceRequired;
    return null;
  }

  handleSubmit() {
    const pad = this.template.querySelector("c-accord-signature-pad");
    const drawn = this.isInMeeting && pad ? pad.toPngBase64() : null;
    this.formError = this.missing(drawn);
    if (this.formError) return;
    // Beyond the limit: the message stays on the input and nothing is sent (the text is never cut).
    const evidence = this.template.querySelector('[data-id="sign-evidence"]');
    if (!this.isInMeeting && evidence && !evidence.reportLimit()) return;
    const action = {
      type: "sign",
      party: this.party,
      planVersion: this.plan.version,
      contentHash: this.plan.contentHash,
      signerContactId: this.isCustomer ? this.signerContactId : null,
      method: this.method,
      evidence: this.isInMeeting ? null : this.evidence,
      drawnSignaturePng: drawn
    };
    this.dispatchEvent(new CustomEvent("sign", { detail: { action } }));
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("signcancel"));
  }

  @api
  focus() {
    const first =
      this.template.querySelector('[data-id="sign-signatory"]') ||
      this.template.querySelector('[data-id="sign-method"]');
    if (first) first.focus();
  }
}
