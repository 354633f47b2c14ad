import { LightningElement, api } from "lwc";
import { shareReadiness, shortFingerprint } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { METHODS, PARTIES, availableActions, findAction, issueText, labelOf, recordName } from "c/accordPlanView";

const STALE_CODES = new Set(["STALE_VERSION", "STALE_CONTENT_HASH"]);

/**
 * Share and sign: what still blocks sharing (each reason jumps to the record to fix), share and
 * pull back, which version each party signed, recording the customer's and the company's
 * signatures, reopening an agreed plan, and every superseded signature (nothing signed is hidden).
 */
export default class AccordSignPanel extends ScreenFollower(LightningElement) {
  /** The plan as saved on the server: readiness and signatures concern what is stored. */
  @api
  get plan() {
    return this._plan;
  }
  set plan(value) {
    this._plan = value;
    // A recorded signature or a status change closes the open forms.
    if (this.signingParty && value) {
      const signed = value.signatures.some(
        (signature) =>
          !signature.superseded && signature.party === this.signingParty && signature.planVersion === value.version
      );
      if (signed || value.status !== "In Review") this.signingParty = null;
    }
    if (value && value.status !== "Agreed") this.reopenReason = "";
  }
  @api stakeholders = [];
  /** While the screen faces the customer the signatory's stakeholder tag (sales guidance) stays out. */
  @api customerMode = false;
  @api permissions = {};
  /** True while a save or another action runs (or unsaved edits wait): actions are disabled. */
  @api busy = false;
  /** { message, code, recordKey } of a failed action from this panel. */
  @api actionError = null;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  signingParty = null;
  _plan;
  reopenReason = "";
  reopenError = null;

  get actions() {
    return availableActions(this.plan, this.permissions, this.stakeholders);
  }
  get rulesError() {
    const error = this.actions.error;
    return error ? formatLabel(this.labels.Sign_RulesUnavailable, error) : null;
  }
  get isDraft() {
    return this.plan.status === "Draft";
  }
  get isInReview() {
    return this.plan.status === "In Review";
  }
  get isAgreedOrLater() {
    return ["Agreed", "Under Review", "Closed"].includes(this.plan.status);
  }

  /** Which version each party signed: from sharing on, also after agreement. */
  get showSignatures() {
    return !this.isDraft;
  }

  /** Share blockers from accordCore, each with the text of the record it concerns. */
  get blockers() {
    let issues;
    try {
      issues = shareReadiness(this.plan);
    } catch {
      return [];
    }
    return issues.map((issue, index) => ({
      id: `${issue.code}-${issue.recordKey || index}`,
      text: issueText(issue, this.labels),
      subject: recordName(this.plan, issue.recordKey),
      recordKey: issue.recordKey || null,
      code: issue.code
    }));
  }
  get isReady() {
    return !this.rulesError && this.blockers.length === 0;
  }
  get blockersHeading() {
    return formatLabel(this.labels.Sign_Blockers, this.blockers.length);
  }
  get shareDisabled() {
    const share = findAction(this.actions.actions, "share");
    return this.busy || !share || share.blockers.length > 0;
  }
  get canPullBack() {
    return Boolean(findAction(this.actions.actions, "pullBack"));
  }

  /** One card per party: its signature of the current version, or the button to record it. */
  get parties() {
    const current = this.plan.signatures.filter(
      (signature) => !signature.superseded && signature.planVersion === this.plan.version
    );
    return PARTIES.map((party) => {
      const signature = current.find((entry) => entry.party === party.value) || null;
      const action = this.isInReview ? findAction(this.actions.actions, "sign", party.value) : null;
      return {
        party: party.value,
        label: labelOf(PARTIES, party.value, this.labels),
        dataId: `party-${party.value.toLowerCase()}`,
        signature: signature ? this.describeSignature(signature) : null,
        canSign: Boolean(action) && !signature && this.signingParty !== party.value,
        signBlockers: action
          ? action.blockers.map((blocker) => ({ id: blocker.code, text: issueText(blocker, this.labels) }))
          : [],
        signLabel: party.value === "Customer" ? this.labels.Sign_RecordCustomer : this.labels.Sign_RecordCompany,
        signId: `sign-${party.value.toLowerCase()}`
      };
    });
  }

  describeSignature(signature) {
    return {
      ...signature,
      key: `${signature.party}-${signature.planVersion}-${signature.signedAt}`,
      title: formatLabel(this.labels.Sign_SignedBy, signature.signerName, signature.planVersion),
      methodLabel: labelOf(METHODS, signature.method, this.labels),
      partyLabel: labelOf(PARTIES, signature.party, this.labels),
      fingerprint: signature.contentHash ? shortFingerprint(signature.contentHash) : "",
      // A customer signatory's title, role and the role profile's approach, as after "Raised by".
      showsTag: !this.customerMode && Boolean(signature.signerContactId)
    };
  }

  get signaturesHeading() {
    return formatLabel(this.labels.Sign_SignaturesTitle, this.plan.version);
  }
  get agreedMessage() {
    return formatLabel(this.labels.Sign_Agreed, this.plan.version);
  }

  /** Superseded signatures and signatures of earlier versions: kept and shown, never removed. */
  get history() {
    return this.plan.signatures
      .filter((signature) => signature.superseded || signature.planVersion !== this.plan.version)
      .map((signature) => this.describeSignature(signature));
  }
  get hasHistory() {
    return this.history.length > 0;
  }

  get canReopen() {
    return Boolean(findAction(this.actions.actions, "reopen"));
  }
  get isStale() {
    return Boolean(this.actionError && STALE_CODES.has(this.actionError.code));
  }
  get errorRecordName() {
    return this.actionError ? recordName(this.plan, this.actionError.recordKey) : "";
  }

  perform(action) {
    this.dispatchEvent(new CustomEvent("planaction", { detail: { action, source: "sign" } }));
  }

  handleShare() {
    this.perform({ type: "share" });
  }

  handlePullBack() {
    this.perform({ type: "pullBack" });
  }

  handleFix(event) {
    const { recordKey, code } = event.target.dataset;
    this.dispatchEvent(new CustomEvent("fix", { detail: { recordKey: recordKey || null, code } }));
  }

  handleOpenSign(event) {
    this.signingParty = event.target.dataset.party;
    Promise.resolve().then(() => {
      const form = this.template.querySelector("c-accord-signature-form");
      if (form) form.focus();
    });
  }

  handleSign(event) {
    this.perform(event.detail.action);
  }

  handleSignCancel() {
    this.signingParty = null;
  }

  handleReopenReasonChange(event) {
    this.reopenReason = event.target.value;
  }

  handleReopen() {
    // Beyond the limit: the message stays on the input and nothing is sent (the text is never cut).
    const reason = this.template.querySelector('[data-id="reopen-reason"]');
    if (reason && !reason.reportLimit()) return;
    if (this.reopenReason.trim() === "") {
      this.reopenError = this.labels.Sign_ReopenRequired;
      return;
    }
    this.reopenError = null;
    this.perform({ type: "reopen", reason: this.reopenReason });
  }

  handleReload() {
    this.dispatchEvent(new CustomEvent("reload"));
  }

  @api
  focusRecord() {
    const target = this.template.querySelector('[data-id="share"]') || this.template.querySelector("h3");
    if (target) target.focus();
  }
}
