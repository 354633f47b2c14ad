import { LightningElement, api } from "lwc";
import { NavigationMixin } from "lightning/navigation";
import { ShowToastEvent } from "lightning/platformShowToastEvent";
import saveAsFileWith from "@salesforce/apex/AccordPlanDocumentController.saveAsFileWith";
import getSignatureImages from "@salesforce/apex/AccordPlanDocumentController.getSignatureImages";
import { customerDocument, formatDatePattern, languageTag } from "c/accordCore";
import { parseApexError } from "c/accordApexError";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";
import { ScreenFollower, labelsIn, labelsLoadedIn } from "c/accordScreenLabels";
import { joinPresent, labelNameOf } from "c/accordPlanView";

/**
 * The labels the document's content reads, in the plan's language (its buttons and messages to the user stay
 * in the user's): the document's own (Doc_), the values it names (status, party, method, outcome), the scale's words
 * and dimension names of the customer's ratings (Survey_Scale_, Dimension_) and a few shared.
 */
const CONTENT_LABEL =
  /^(Doc_(?!Print$|SaveFile$|SavingFile$|FileSaved$|OpenFile$|FileError$|Empty$|LabelsUnavailable$|IncludeChanges$)|Changes_|Status_|Party_|Method_|Outcome_|Success_|Survey_Scale_|Dimension_|Decision_|Theme_|Common_NotSet$|Header_Period$|Header_PeriodValue$|Header_NoFingerprint$|Initiative_SuccessMeasure$|Initiative_TargetDate$|Initiative_Title$|Goals_Label$|Need_(Verbatim|Theme|RaisedBy|Priority|Decision|Rationale|Initiative)$|Commitment_(Description|Owner|DueDate)$)/;
const CONTENT_LABEL_NAMES = Object.keys(LABELS).filter((name) => CONTENT_LABEL.test(name));
/**
 * Per plan on this page: whether the changes since the customer's version are offered ("signed" / "seen") and the
 * rep's choice, so the workspace's print copy of the document prints what the rep chose on screen.
 */
const changesBaselineByPlan = new Map();
const changesChoiceByPlan = new Map();

/**
 * The plan as the customer reads it: their goals and words, every decision with its rationale
 * (declined and deferred needs included), the initiatives with both sides' commitments, the
 * signatures and the content fingerprint they can recompute. Printable from the browser, and saved
 * as a PDF file on the plan (rendered by Salesforce in the plan's language) so it opens on mobile too.
 * Everything the customer reads is in the plan's language, whatever the user's: its labels come from the
 * server (c/accordScreenLabels labelsIn: System.Label.get with the plan's language, as the PDF reads them), dates are
 * written with that language's pattern (Doc_DateFormat, the PDF's too), customer text carries dir="auto".
 */
export default class AccordPlanDocument extends ScreenFollower(NavigationMixin(LightningElement)) {
  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  /** The content's labels in the plan's language (the user's until they are loaded). */
  doc = LABELS;
  labelsLoading = false;
  labelsError = null;
  isSavingFile = false;
  fileError = null;
  savedFileId = null;
  /**
   * What changed since the version the customer signed or last saw (c/accordVersionChanges): offered when there is
   * such a version, included by default when the customer signed it, and printed with the document when included.
   */
  changesVersion = 0;

  /** "party-version" → URL of the signature drawn in the meeting (the server's file, as the PDF prints it). */
  signatureImages = {};
  _plan;

  /** The plan as saved on the server (what is, or will be, signed). */
  @api
  get plan() {
    return this._plan;
  }
  set plan(value) {
    this._plan = value;
    this.loadLabels(value && value.planLanguage ? value.planLanguage : "en");
    this.loadSignatureImages();
  }

  /**
   * The drawn signatures of the signatures shown, when there are any. Without them (not loaded, or the call failed)
   * each signature still shows its method and date, so a failure here is not worth a message.
   */
  async loadSignatureImages() {
    const plan = this.plan;
    this.signatureImages = {};
    if (!plan || !plan.id || this.model.signatures.length === 0) return;
    try {
      const images = await getSignatureImages({ planId: plan.id });
      if (plan === this.plan) this.signatureImages = images || {};
    } catch {
      if (plan === this.plan) this.signatureImages = {};
    }
  }

  /** Takes the content's labels in the plan's language: at once when loaded on this page, else from the server. */
  async loadLabels(language) {
    if (language === this._labelsLanguage) return;
    this._labelsLanguage = language;
    this.labelsError = null;
    const loaded = labelsLoadedIn(language, CONTENT_LABEL_NAMES);
    // A language loaded already (or the user's) shows at once, also when it replaces one still loading.
    this.labelsLoading = !loaded;
    if (loaded) {
      this.doc = loaded;
      return;
    }
    try {
      const labels = await labelsIn(language, CONTENT_LABEL_NAMES);
      if (language === this._labelsLanguage) this.doc = labels;
    } catch (error) {
      if (language === this._labelsLanguage) {
        this.labelsError = formatLabel(this.labels.Doc_LabelsUnavailable, parseApexError(error).message || language);
        this.doc = LABELS;
      }
    } finally {
      if (language === this._labelsLanguage) this.labelsLoading = false;
    }
  }

  get showsDocument() {
    return this.hasPlan && !this.labelsLoading;
  }

  /** A date of the plan (ISO) as the plan's language writes it; blank reads "Not set". */
  date(value) {
    return formatDatePattern(value, this.doc.Doc_DateFormat) ?? this.doc.Common_NotSet;
  }
  /** The label of a value (status, party, method) in the plan's language. */
  valueLabel(prefix, value) {
    return this.doc[labelNameOf(prefix, value)] || value || this.doc.Common_NotSet;
  }

  get hasPlan() {
    return Boolean(this.plan);
  }

  /** What the document shows (src/core customerDocument, the model the PDF's Apex port also follows). */
  get model() {
    if (this._modelOf !== this.plan) {
      this._model = customerDocument(this.plan);
      this._modelOf = this.plan;
    }
    return this._model;
  }

  /** What the document prints for a blank value of the model (null): "Not set" in the plan's language. */
  orNotSet(value) {
    return value ?? this.doc.Common_NotSet;
  }

  get title() {
    return formatLabel(this.doc.Doc_Title, this.model.accountName);
  }
  get intro() {
    return formatLabel(this.doc.Doc_Intro, this.model.accountName);
  }
  get versionLine() {
    return formatLabel(this.doc.Doc_VersionLine, this.model.version, this.valueLabel("Status", this.model.status));
  }
  get periodLine() {
    return formatLabel(this.doc.Header_PeriodValue, this.date(this.model.periodStart), this.date(this.model.periodEnd));
  }
  get language() {
    return languageTag(this.model.language);
  }
  get customerGoals() {
    return this.model.customerGoals;
  }

  get needGroups() {
    return this.model.needGroups.map((group) => ({
      decision: group.decision,
      heading: this.doc[`Doc_Group_${group.decision}`] || codeLabel("Doc_Group", group.decision),
      dataId: `doc-needs-${group.decision.toLowerCase()}`,
      needs: group.needs.map((need) => ({
        ...need,
        raisedByLine: need.raisedByName ? formatLabel(this.doc.Doc_RaisedBy, need.raisedByName) : null
      }))
    }));
  }

  get initiatives() {
    return this.model.initiatives.map((initiative) => ({
      ...initiative,
      title: this.orNotSet(initiative.title),
      successMeasure: this.orNotSet(initiative.successMeasure),
      targetDateText: this.date(initiative.targetDate),
      parties: initiative.parties.map((column) => ({
        ...column,
        label: this.valueLabel("Party", column.party),
        commitments: column.commitments.map((commitment) => ({
          ...commitment,
          description: this.orNotSet(commitment.description),
          // Owner and due date where they are set: no separator next to a missing one.
          meta: joinPresent([commitment.ownerName, commitment.dueDate ? this.date(commitment.dueDate) : null])
        }))
      }))
    }));
  }
  get hasInitiatives() {
    return this.model.sections.includes("INITIATIVES");
  }

  handleChangesBaseline(event) {
    if (!this.plan) return;
    changesBaselineByPlan.set(this.plan.id, event.detail.reason);
    this.changesVersion++;
  }
  handleIncludeChanges(event) {
    changesChoiceByPlan.set(this.plan.id, event.target.checked);
    this.changesVersion++;
  }
  get changesBaseline() {
    // Read changesVersion so the template re-renders when the page-wide maps change.
    return this.changesVersion >= 0 && this.plan ? (changesBaselineByPlan.get(this.plan.id) ?? null) : null;
  }
  get offersChanges() {
    return Boolean(this.changesBaseline);
  }
  /** The rep's choice, else on when the customer signed an earlier version (they should see what they re-sign). */
  get includesChanges() {
    const chosen = changesChoiceByPlan.get(this.plan.id);
    return this.offersChanges && (chosen ?? this.changesBaseline === "signed");
  }
  /** Left out, the changes stay loaded (they tell the page whether to offer them) but are neither shown nor printed. */
  get changesClass() {
    return this.includesChanges ? "slds-m-bottom_medium" : "slds-hide";
  }

  /** The review's outcomes: a plan under review or closed that has initiatives (customerDocument decides). */
  get hasOutcomes() {
    return this.model.sections.includes("OUTCOMES");
  }

  get hasPartnership() {
    return this.model.sections.includes("PARTNERSHIP") && Boolean(this.plan.id);
  }

  /** What we will change, as the latest review that says it wrote it for the customer (as the PDF), or null. */
  get partnershipResponse() {
    const written = (this.plan.reviews || []).filter((review) => review.whatWeWillChange);
    return written.length > 0 ? written[written.length - 1].whatWeWillChange : null;
  }

  get signatures() {
    return this.model.signatures.map((signature) => ({
      ...signature,
      key: `${signature.party}-${signature.planVersion}`,
      partyLabel: this.valueLabel("Party", signature.party),
      signerName: this.orNotSet(signature.signerName),
      imageUrl: this.signatureImages[`${signature.party}-${signature.planVersion}`] || null,
      imageAlt: formatLabel(this.doc.Doc_DrawnSignature, this.orNotSet(signature.signerName)),
      // How it was signed (drawn in the meeting, by email, in the portal) and when, in the plan's language.
      detail: joinPresent([
        signature.method ? this.valueLabel("Method", signature.method) : null,
        signature.signedAt ? this.date(signature.signedAt) : null
      ])
    }));
  }
  get hasSignatures() {
    return this.model.signatures.length > 0;
  }

  get contentHash() {
    return this.model.fingerprint.stored;
  }
  get fingerprintVerified() {
    return this.model.fingerprint.status === "VERIFIED";
  }
  get fingerprintMismatch() {
    const fingerprint = this.model.fingerprint;
    return fingerprint.status === "MISMATCH"
      ? formatLabel(this.doc.Doc_FingerprintMismatch, fingerprint.recomputed)
      : null;
  }

  /**
   * Inside the workspace, the workspace prints (it renders this document on its own for the printer and
   * cancels the event); on its own, the browser prints the page.
   */
  handlePrint() {
    const printing = new CustomEvent("printdocument", { cancelable: true });
    if (this.dispatchEvent(printing)) window.print();
  }

  async handleSaveFile() {
    this.isSavingFile = true;
    this.fileError = null;
    try {
      // The PDF prints the changes as the checkbox says (null: none offered, the server's default).
      this.savedFileId = await saveAsFileWith({
        planId: this.plan.id,
        includeChanges: this.offersChanges ? this.includesChanges : null
      });
      this.dispatchEvent(new ShowToastEvent({ title: this.labels.Doc_FileSaved, variant: "success" }));
    } catch (error) {
      this.fileError = formatLabel(
        this.labels.Doc_FileError,
        parseApexError(error).message || this.labels.Workspace_UnknownError
      );
    } finally {
      this.isSavingFile = false;
    }
  }

  handleOpenFile() {
    this[NavigationMixin.Navigate]({
      type: "standard__namedPage",
      attributes: { pageName: "filePreview" },
      state: { selectedRecordId: this.savedFileId }
    });
  }
}
