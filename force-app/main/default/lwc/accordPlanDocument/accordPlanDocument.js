import { LightningElement, api } from "lwc";
import { NavigationMixin } from "lightning/navigation";
import { ShowToastEvent } from "lightning/platformShowToastEvent";
import saveAsFile from "@salesforce/apex/AccordPlanDocumentController.saveAsFile";
import { planFingerprint } from "c/accordCore";
import { parseApexError } from "c/accordApexError";
import { LABELS, formatLabel } from "c/accordLabels";
import { PARTIES, STATUSES, bySequenceThenKey, labelOf } from "c/accordPlanView";

/**
 * The plan as the customer reads it: their goals and words, every decision with its rationale
 * (declined and deferred needs included), the initiatives with both sides' commitments, the
 * signatures and the content fingerprint they can recompute. Printable from the browser, and saved
 * as a PDF file on the plan (rendered by Salesforce in the plan's language) so it opens on mobile too.
 */
export default class AccordPlanDocument extends NavigationMixin(LightningElement) {
  /** The plan as saved on the server (what is, or will be, signed). */
  @api plan;

  labels = LABELS;
  isSavingFile = false;
  fileError = null;
  savedFileId = null;

  get hasPlan() {
    return Boolean(this.plan);
  }
  get title() {
    return formatLabel(LABELS.Doc_Title, this.plan.accountName);
  }
  get intro() {
    return formatLabel(LABELS.Doc_Intro, this.plan.accountName);
  }
  get versionLine() {
    return formatLabel(LABELS.Doc_VersionLine, this.plan.version, labelOf(STATUSES, this.plan.status));
  }
  get periodLine() {
    return formatLabel(LABELS.Header_PeriodValue, this.plan.periodStart, this.plan.periodEnd);
  }
  get language() {
    return (this.plan.planLanguage || "en").replace("_", "-");
  }

  get initiativeTitles() {
    const titles = {};
    this.plan.initiatives.forEach((initiative) => {
      titles[initiative.key] = initiative.title;
    });
    return titles;
  }

  needsWith(decision) {
    const titles = this.initiativeTitles;
    return this.plan.needs
      .filter((need) => need.decision === decision)
      .sort(bySequenceThenKey)
      .map((need) => ({
        ...need,
        raisedByLine: need.raisedByName ? formatLabel(LABELS.Doc_RaisedBy, need.raisedByName) : null,
        initiativeTitle: need.initiativeKey ? titles[need.initiativeKey] || null : null
      }));
  }

  get needGroups() {
    return [
      { decision: "Commit", heading: LABELS.Doc_Committed },
      { decision: "Defer", heading: LABELS.Doc_Deferred },
      { decision: "Decline", heading: LABELS.Doc_Declined },
      { decision: "Pending", heading: LABELS.Doc_Undecided }
    ]
      .map((group) => ({
        ...group,
        needs: this.needsWith(group.decision),
        dataId: `doc-needs-${group.decision.toLowerCase()}`
      }))
      .filter((group) => group.needs.length > 0);
  }

  get initiatives() {
    return [...this.plan.initiatives].sort(bySequenceThenKey).map((initiative) => {
      const commitments = [...initiative.commitments].sort(bySequenceThenKey);
      return {
        ...initiative,
        parties: PARTIES.map((party) => ({
          party: party.value,
          label: party.label,
          commitments: commitments.filter((commitment) => commitment.party === party.value)
        }))
      };
    });
  }
  get hasInitiatives() {
    return this.plan.initiatives.length > 0;
  }

  get signatures() {
    return this.plan.signatures
      .filter((signature) => !signature.superseded && signature.planVersion === this.plan.version)
      .map((signature) => ({
        ...signature,
        key: `${signature.party}-${signature.planVersion}`,
        partyLabel: labelOf(PARTIES, signature.party)
      }));
  }
  get hasSignatures() {
    return this.signatures.length > 0;
  }

  /** The fingerprint recomputed here from the content shown, compared with the server's. */
  get recomputed() {
    try {
      return planFingerprint(this.plan);
    } catch {
      return null;
    }
  }
  get fingerprintVerified() {
    return Boolean(this.plan.contentHash) && this.recomputed === this.plan.contentHash;
  }
  get fingerprintMismatch() {
    const recomputed = this.recomputed;
    if (!this.plan.contentHash || !recomputed || recomputed === this.plan.contentHash) return null;
    return formatLabel(LABELS.Doc_FingerprintMismatch, recomputed);
  }

  handlePrint() {
    window.print();
  }

  async handleSaveFile() {
    this.isSavingFile = true;
    this.fileError = null;
    try {
      this.savedFileId = await saveAsFile({ planId: this.plan.id });
      this.dispatchEvent(new ShowToastEvent({ title: LABELS.Doc_FileSaved, variant: "success" }));
    } catch (error) {
      this.fileError = formatLabel(
        LABELS.Doc_FileError,
        parseApexError(error).message || LABELS.Workspace_UnknownError
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
