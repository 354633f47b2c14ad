import { LightningElement, api } from "lwc";
import { NavigationMixin } from "lightning/navigation";
import { ShowToastEvent } from "lightning/platformShowToastEvent";
import saveAsFile from "@salesforce/apex/AccordPlanDocumentController.saveAsFile";
import { customerDocument } from "c/accordCore";
import { parseApexError } from "c/accordApexError";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";
import { PARTIES, STATUSES, labelOf } from "c/accordPlanView";

/** What the document prints for a blank value of the model (null): "Not set". */
function orNotSet(value) {
  return value ?? LABELS.Common_NotSet;
}

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

  /** What the document shows (src/core customerDocument, the model the PDF's Apex port also follows). */
  get model() {
    if (this._modelOf !== this.plan) {
      this._model = customerDocument(this.plan);
      this._modelOf = this.plan;
    }
    return this._model;
  }

  get title() {
    return formatLabel(LABELS.Doc_Title, this.model.accountName);
  }
  get intro() {
    return formatLabel(LABELS.Doc_Intro, this.model.accountName);
  }
  get versionLine() {
    return formatLabel(LABELS.Doc_VersionLine, this.model.version, labelOf(STATUSES, this.model.status));
  }
  get periodLine() {
    return formatLabel(LABELS.Header_PeriodValue, orNotSet(this.model.periodStart), orNotSet(this.model.periodEnd));
  }
  get language() {
    return this.model.language.replace("_", "-");
  }
  get customerGoals() {
    return this.model.customerGoals;
  }

  get needGroups() {
    return this.model.needGroups.map((group) => ({
      decision: group.decision,
      heading: codeLabel("Doc_Group", group.decision),
      dataId: `doc-needs-${group.decision.toLowerCase()}`,
      needs: group.needs.map((need) => ({
        ...need,
        raisedByLine: need.raisedByName ? formatLabel(LABELS.Doc_RaisedBy, need.raisedByName) : null
      }))
    }));
  }

  get initiatives() {
    return this.model.initiatives.map((initiative) => ({
      ...initiative,
      title: orNotSet(initiative.title),
      successMeasure: orNotSet(initiative.successMeasure),
      parties: initiative.parties.map((column) => ({
        ...column,
        label: labelOf(PARTIES, column.party),
        commitments: column.commitments.map((commitment) => ({
          ...commitment,
          description: orNotSet(commitment.description),
          ownerName: orNotSet(commitment.ownerName)
        }))
      }))
    }));
  }
  get hasInitiatives() {
    return this.model.sections.includes("INITIATIVES");
  }

  get signatures() {
    return this.model.signatures.map((signature) => ({
      ...signature,
      key: `${signature.party}-${signature.planVersion}`,
      partyLabel: labelOf(PARTIES, signature.party),
      signerName: orNotSet(signature.signerName)
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
      ? formatLabel(LABELS.Doc_FingerprintMismatch, fingerprint.recomputed)
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
