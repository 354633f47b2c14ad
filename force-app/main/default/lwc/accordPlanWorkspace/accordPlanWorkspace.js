import { LightningElement, api, wire } from "lwc";
import { MessageContext } from "lightning/messageService";
import { ShowToastEvent } from "lightning/platformShowToastEvent";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import getPlanWorkspace from "@salesforce/apex/AccordPlanController.getPlanWorkspace";
import createPlan from "@salesforce/apex/AccordPlanController.createPlan";
import savePlan from "@salesforce/apex/AccordPlanController.savePlan";
import performAction from "@salesforce/apex/AccordPlanController.performAction";
import createNextPlan from "@salesforce/apex/AccordPlanController.createNextPlan";
import { LABELS, formatLabel } from "c/accordLabels";
import { parseApexError } from "c/accordApexError";
import * as edits from "c/accordPlanEdits";
import { availableActions, findAction } from "c/accordPlanView";
import { needsNewVersion } from "c/accordCore";
import FORM_FACTOR from "@salesforce/client/formFactor";
import { isCustomerMode, onCustomerMode, setCustomerMode, stopCustomerMode } from "c/accordCustomerMode";
import { refusalIn, ScreenFollower, showScreenIn } from "c/accordScreenLabels";
import { nextTabValue } from "./tabKeys";

const PLAN_OBJECT = "Customer_Account_Plan__c";
const STALE_REVISION = "STALE_REVISION";
/** The workspace's sections in order: the desktop tabs and the phone's section picker. */
const SECTIONS = [
  { value: "listen", labelName: "Workspace_TabListen" },
  { value: "initiatives", labelName: "Workspace_TabInitiatives" },
  { value: "sign", labelName: "Workspace_TabSign" },
  { value: "document", labelName: "Workspace_TabDocument" },
  { value: "review", labelName: "Workspace_TabReview" },
  // The account's stakeholder map: influence and stance are internal, so not in customer mode.
  { value: "stakeholders", labelName: "Workspace_TabStakeholders" }
];
/** Sections shown while the screen faces the customer: the review's internal assessment stays out. */
const CUSTOMER_SECTIONS = new Set(["listen", "initiatives", "sign", "document"]);
const TAB_OF_SECTION = { needs: "listen", goals: "listen", initiatives: "initiatives", sign: "sign", review: "review" };

/**
 * The Customer Account Plan workspace (Account and plan record pages, app pages; desktop and phone).
 * Owns the plan's working copy: children report edits as events, the workspace applies them with
 * accordPlanEdits and saves the whole plan; the server decides what is allowed. A failed save keeps
 * the working copy (nothing typed is lost) and the error is shown next to the record it concerns.
 * Every save and action carries the plan revision this page read. When someone else wrote the plan
 * since (STALE_REVISION) nothing is overwritten: an alert says who changed it and when, autosave
 * pauses, the form keeps what the user typed, and after Reload the user re-applies those edits to
 * the current plan (or discards them).
 * Customer mode ("Show to customer" in the header) hides everything internal while the screen faces the
 * customer and enlarges the type; it lasts for the browser tab's session (c/accordCustomerMode). Printing
 * from the workspace (its Print button or the browser's) prints only the customer document.
 */
export default class AccordPlanWorkspace extends ScreenFollower(LightningElement) {
  @api objectApiName;

  @wire(MessageContext) messageContext;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  workspace = null;
  working = null;
  loadError = null;
  saveError = null;
  actionError = null;
  /** The server's STALE_REVISION message (who changed the plan and when) while this page's copy is stale. */
  staleMessage = null;
  /** After Reload: the edits this page had not saved, ready to be applied again to the current plan. */
  reapplyChanges = null;
  isLoading = false;
  isSaving = false;
  isBusy = false;
  isDirty = false;
  _activeTab = "listen";
  /** The sections opened on this page, in the order opened: their panels stay rendered (hidden when not chosen). */
  openedTabs = ["listen"];
  customerMode = false;
  /** The carry-over dialog of next period's plan is open (c/accordCarryOver). */
  carryOverOpen = false;
  /** True while printing: the customer document is rendered on its own for the printer. */
  printing = false;

  _recordId;
  _requestId = 0;
  // Edits counted on this page (not the plan's revision): which of them a save carried.
  _editCount = 0;
  /** The edits not saved yet, in order: [{ number, change }], replayed on request after a stale save. */
  _unsavedEdits = [];
  _saveQueued = false;
  _pendingFocus = null;
  _connected = false;

  @api
  get recordId() {
    return this._recordId;
  }
  set recordId(value) {
    if (value === this._recordId && this.workspace) return;
    this._recordId = value;
    if (this._connected) this.load();
  }

  connectedCallback() {
    super.connectedCallback();
    this._connected = true;
    this.customerMode = isCustomerMode();
    this._customerModeSubscription = onCustomerMode(this.messageContext, (on) => this.applyCustomerMode(on));
    this.showScreenLanguage();
    this._onBeforePrint = () => {
      this.printing = true;
    };
    this._onAfterPrint = () => {
      this.printing = false;
    };
    window.addEventListener("beforeprint", this._onBeforePrint);
    window.addEventListener("afterprint", this._onAfterPrint);
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._connected = false;
    stopCustomerMode(this._customerModeSubscription);
    this._customerModeSubscription = null;
    showScreenIn(null);
    window.removeEventListener("beforeprint", this._onBeforePrint);
    window.removeEventListener("afterprint", this._onAfterPrint);
  }

  renderedCallback() {
    if (this._pendingFocus) this.applyPendingFocus();
    if (this._focusTab) {
      const tab = this.template.querySelector(`[data-id="tab-link-${this._focusTab}"]`);
      this._focusTab = null;
      if (tab) tab.focus();
    }
  }

  /** On a plan record page the workspace shows that plan; on an Account page, the account's current one. */
  fetchWorkspace() {
    return this.objectApiName === PLAN_OBJECT
      ? getPlanWorkspace({ planId: this._recordId })
      : getWorkspace({ accountId: this._recordId });
  }

  /** Loads the workspace; a newer request wins when the record changes while one runs. */
  async load() {
    const requestId = ++this._requestId;
    this.loadError = null;
    if (!this._recordId) {
      this.workspace = null;
      this.isLoading = false;
      return;
    }
    this.isLoading = true;
    try {
      const workspace = await this.fetchWorkspace();
      if (requestId !== this._requestId) return;
      this.acceptWorkspace(workspace);
    } catch (error) {
      if (requestId !== this._requestId) return;
      this.loadError = parseApexError(error).message || this.labels.Workspace_UnknownError;
    } finally {
      if (requestId === this._requestId) this.isLoading = false;
    }
  }

  acceptWorkspace(workspace) {
    this.workspace = workspace;
    this.working = edits.clonePlan(workspace ? workspace.plan : null);
    this.isDirty = false;
    this.saveError = null;
    this.staleMessage = null;
    this._unsavedEdits = [];
    this.showScreenLanguage();
  }

  // ---------- state for the template ----------

  /**
   * On a phone six tabs do not fit: a section picker chooses, and the chosen section is shown full width, with
   * no tab bar under the picker.
   */
  get isPhone() {
    return FORM_FACTOR === "Small";
  }
  /** The sections this screen may show: all of them, or in customer mode only what the customer may see. */
  get sections() {
    const shown = this.customerMode ? SECTIONS.filter((section) => CUSTOMER_SECTIONS.has(section.value)) : SECTIONS;
    return shown.map(({ value, labelName }) => ({ value, label: this.labels[labelName] }));
  }
  /** The chosen section; choosing one opens it for the rest of this page's life. */
  get activeTab() {
    return this._activeTab;
  }
  set activeTab(value) {
    this._activeTab = value;
    if (!this.openedTabs.includes(value)) this.openedTabs = [...this.openedTabs, value];
  }
  /** The desktop's tab bar: the chosen tab is the one in the Tab order (roving tabindex). */
  get tabs() {
    return this.sections.map(({ value, label }) => {
      const active = value === this.activeTab;
      return {
        value,
        label,
        tabId: `tab-link-${value}`,
        panelId: `tab-${value}`,
        itemClass: active ? "slds-tabs_default__item slds-is-active" : "slds-tabs_default__item",
        selected: String(active),
        tabIndex: active ? "0" : "-1"
      };
    });
  }
  /**
   * One panel per opened section this screen may show. A hidden panel's content stays as it was (nothing
   * typed is lost by switching); a section never opened costs nothing. On a phone each panel is a region named
   * like the picker's choice; on a desktop a tab panel labelled by its tab.
   */
  get panels() {
    return this.sections
      .filter(({ value }) => this.openedTabs.includes(value))
      .map(({ value, label }) => {
        const active = value === this.activeTab;
        const shown = active ? "slds-show" : "slds-hide";
        return {
          value,
          panelId: `tab-${value}`,
          className: this.isPhone ? shown : `slds-tabs_default__content ${shown}`,
          role: this.isPhone ? null : "tabpanel",
          labelledBy: this.isPhone ? null : `tab-link-${value}`,
          ariaLabel: this.isPhone ? label : null
        };
      });
  }
  handleSectionChange(event) {
    this.activeTab = event.detail.value;
  }

  get printCopy() {
    return this.printing && Boolean(this.plan);
  }
  get rootClass() {
    return this.customerMode ? "accord-screen accord-customer-mode" : "accord-screen";
  }

  get plan() {
    return this.workspace ? this.workspace.plan : null;
  }
  get permissions() {
    return this.workspace ? this.workspace.permissions : {};
  }
  get stakeholders() {
    return this.workspace ? this.workspace.stakeholders : [];
  }
  get hasLoadError() {
    return !this.isLoading && Boolean(this.loadError);
  }
  get hasNoRecord() {
    return !this.isLoading && !this.loadError && !this.workspace;
  }
  get isReady() {
    return !this.isLoading && !this.loadError && Boolean(this.workspace);
  }
  get hasPlan() {
    return Boolean(this.working);
  }
  get canEdit() {
    return Boolean(this.permissions.canEditPlans);
  }
  /** The save action accordCore offers (status × permissions): whether content or only progress may change. */
  get saveAction() {
    // Cached per workspace object: the getters below ask several times per render.
    if (!this._actionsCache || this._actionsCache.workspace !== this.workspace) {
      const { actions } = availableActions(this.plan, this.permissions, this.stakeholders);
      this._actionsCache = { workspace: this.workspace, save: findAction(actions, "save") };
    }
    return this._actionsCache.save;
  }
  get contentEditable() {
    const save = this.saveAction;
    return Boolean(save && save.contentEditable);
  }
  get progressEditable() {
    return Boolean(this.saveAction);
  }
  get showReadOnlyNotice() {
    return this.hasPlan && !this.canEdit;
  }
  get showLockedNotice() {
    return this.progressEditable && !this.contentEditable;
  }
  /** Saving a content change makes a new version: In Review, or a pulled-back draft whose version was shared. */
  get showInReviewWarning() {
    return this.contentEditable && Boolean(this.plan) && needsNewVersion(this.plan);
  }
  get inReviewWarning() {
    const label =
      this.plan.status === "In Review"
        ? this.labels.Workspace_ContentChangeWarning
        : this.labels.Workspace_SharedDraftWarning;
    return formatLabel(label, this.plan.version + 1);
  }
  /** The save error when no section shows it next to its record. */
  get generalSaveError() {
    if (!this.saveError) return null;
    return edits.sectionOfRecord(this.working, this.saveError.recordKey) ? null : this.saveError.message;
  }
  get saveErrorPlaced() {
    return Boolean(this.saveError) && !this.generalSaveError;
  }
  get needError() {
    return this.errorFor("needs");
  }
  get initiativeError() {
    return this.errorFor("initiatives");
  }
  errorFor(section) {
    const error = this.saveError;
    return error && edits.sectionOfRecord(this.working, error.recordKey) === section ? error : null;
  }
  get saveStatus() {
    if (this.isSaving) return this.labels.Workspace_Saving;
    if (this.saveError || this.isStale) return this.labels.Workspace_Unsaved;
    return this._editCount > 0 ? this.labels.Workspace_Saved : "";
  }
  get isStale() {
    return Boolean(this.staleMessage);
  }
  get hasReapply() {
    return Boolean(this.reapplyChanges) && !this.isStale;
  }
  get reapplyNotice() {
    return formatLabel(this.labels.Workspace_ReapplyNotice, this.reapplyChanges ? this.reapplyChanges.length : 0);
  }
  get createError() {
    return this.actionErrorFrom("create");
  }
  get headerError() {
    return this.actionErrorFrom("header");
  }
  get signError() {
    return this.actionErrorFrom("sign");
  }
  get reviewError() {
    return this.actionErrorFrom("review");
  }
  actionErrorFrom(source) {
    return this.actionError && this.actionError.source === source ? this.actionError : null;
  }
  get actionsDisabled() {
    return this.isSaving || this.isBusy || this.isDirty || this.isStale;
  }

  // ---------- edits reported by children ----------

  handleNeedAdd(event) {
    this.applyEdit((plan) => edits.addNeed(plan, event.detail.fields, event.detail.key));
  }
  handleNeedUpdate(event) {
    this.applyEdit((plan) => edits.updateNeed(plan, event.detail.key, event.detail.changes));
  }
  handleNeedRemove(event) {
    this.applyEdit((plan) => edits.removeNeed(plan, event.detail.key));
  }
  handleGoalsUpdate(event) {
    this.applyEdit((plan) => edits.updateGoals(plan, event.detail.customerGoals));
  }
  handleInitiativeAdd(event) {
    const { fields, needKeys } = event.detail;
    const key = event.detail.key || edits.newKey();
    this.applyEdit((plan) => edits.linkNeeds(edits.addInitiative(plan, fields, key), key, needKeys));
  }
  handleInitiativeUpdate(event) {
    const { key, changes, needKeys } = event.detail;
    this.applyEdit((plan) => edits.linkNeeds(edits.updateInitiative(plan, key, changes), key, needKeys));
  }
  handleInitiativeRemove(event) {
    this.applyEdit((plan) => edits.removeInitiative(plan, event.detail.key));
  }
  handleCommitmentAdd(event) {
    const { initiativeKey, fields, key } = event.detail;
    this.applyEdit((plan) => edits.addCommitment(plan, initiativeKey, fields, key));
  }
  handleCommitmentUpdate(event) {
    this.applyEdit((plan) => edits.updateCommitment(plan, event.detail.key, event.detail.changes));
  }
  handleCommitmentRemove(event) {
    this.applyEdit((plan) => edits.removeCommitment(plan, event.detail.key));
  }

  applyEdit(change) {
    this.working = change(this.working);
    this._editCount += 1;
    this._unsavedEdits = [...this._unsavedEdits, { number: this._editCount, change }];
    this.isDirty = true;
    // A stale copy is never saved: the edit stays in the form and joins those to re-apply after Reload.
    if (!this.isStale) this.save();
  }

  /**
   * Saves the working copy. Edits made while a save runs are saved right after it, so saves never
   * overlap and the last one always carries everything the user typed.
   */
  async save() {
    if (this.isSaving) {
      this._saveQueued = true;
      return;
    }
    this.isSaving = true;
    this.saveError = null;
    const editCount = this._editCount;
    try {
      const saved = await savePlan({ planJson: JSON.stringify(this.working) });
      this.workspace = { ...this.workspace, plan: saved };
      this._unsavedEdits = this._unsavedEdits.filter((edit) => edit.number > editCount);
      if (editCount === this._editCount) {
        this.working = edits.clonePlan(saved);
        this.isDirty = false;
      } else {
        // Newer edits are waiting: keep them, take the server-owned fields, save again.
        this.working = {
          ...this.working,
          id: saved.id,
          status: saved.status,
          version: saved.version,
          revision: saved.revision,
          contentHash: saved.contentHash,
          signatures: saved.signatures
        };
        this._saveQueued = true;
      }
    } catch (error) {
      this._saveQueued = false;
      const parsed = parseApexError(error);
      if (parsed.code === STALE_REVISION) {
        this.staleMessage = this.refusal(parsed);
      } else {
        this.saveError = { ...parsed, message: this.refusal(parsed) };
      }
    } finally {
      this.isSaving = false;
    }
    if (this._saveQueued && !this.saveError && !this.isStale) {
      this._saveQueued = false;
      await this.save();
    }
  }

  /** Brings the record whose save failed into view (it may sit on another tab or page). */
  handleShowSaveError() {
    this.handleFix({ detail: { recordKey: this.saveError.recordKey, section: null } });
  }

  handleRetrySave() {
    this.save();
  }

  /** Drops unsaved edits after a failed save and shows the server's current plan. */
  handleDiscard() {
    this._editCount += 1;
    this.saveError = null;
    this.load();
  }

  /**
   * Someone else wrote the plan: load the current plan, keeping this page's unsaved edits aside so the
   * user can apply them again to what is there now (nothing is overwritten without the user seeing it).
   */
  handleStaleReload() {
    const unsaved = this._unsavedEdits.map((edit) => edit.change);
    this.reapplyChanges = unsaved.length > 0 ? unsaved : null;
    this.actionError = null;
    this.load();
  }

  /** Applies the edits kept at Reload to the current plan, then saves them with its revision. */
  handleReapply() {
    const changes = this.reapplyChanges || [];
    this.reapplyChanges = null;
    for (const change of changes) {
      this.working = change(this.working);
      this._editCount += 1;
      this._unsavedEdits = [...this._unsavedEdits, { number: this._editCount, change }];
    }
    if (changes.length === 0) return;
    this.isDirty = true;
    this.save();
  }

  handleDiscardReapply() {
    this.reapplyChanges = null;
  }

  handleReload() {
    this.actionError = null;
    this.load();
  }

  handleRetryLoad() {
    this.load();
  }

  // ---------- lifecycle actions ----------

  async handleCreatePlan(event) {
    await this.runBusy(
      () => createPlan({ accountId: this.workspace.account.id, ...event.detail }),
      (plan) => this.acceptPlan(plan),
      "create"
    );
  }

  /** The header's "next plan" opens the carry-over dialog; the dialog's choice creates the plan. */
  async handleCreateNextPlan(event) {
    const selection = event && event.detail ? event.detail.selection : null;
    if (!selection) {
      this.carryOverOpen = true;
      return;
    }
    await this.runBusy(
      () => createNextPlan({ planId: this.plan.id, selectionJson: JSON.stringify(selection) }),
      (plan) => {
        this.carryOverOpen = false;
        this.acceptPlan(plan);
        this.activeTab = "listen";
      },
      "header"
    );
  }

  handleCarryOverCancel() {
    this.carryOverOpen = false;
  }

  async handlePlanAction(event) {
    const { action, source } = event.detail;
    await this.runBusy(
      // The revision this page read: refused (STALE_REVISION) when the plan was written since.
      () =>
        performAction({
          planId: this.plan.id,
          actionJson: JSON.stringify({ ...action, revision: this.plan.revision })
        }),
      (plan) => {
        this.acceptPlan(plan);
        this.dispatchEvent(new ShowToastEvent({ title: this.labels.Workspace_ActionDone, variant: "success" }));
      },
      source || "sign"
    );
  }

  /** Runs one server call at a time; its error stays next to the control that caused it. */
  async runBusy(call, onSuccess, source) {
    if (this.isBusy) return;
    this.isBusy = true;
    this.actionError = null;
    try {
      onSuccess(await call());
    } catch (error) {
      const parsed = parseApexError(error);
      if (parsed.code === STALE_REVISION) this.staleMessage = this.refusal(parsed);
      else this.actionError = { ...parsed, message: this.refusal(parsed), source };
    } finally {
      this.isBusy = false;
    }
  }

  acceptPlan(plan) {
    const others = this.workspace.otherPlans || [];
    const previous = this.workspace.plan;
    const otherPlans =
      previous && previous.id && previous.id !== plan.id
        ? [
            {
              id: previous.id,
              status: previous.status,
              periodStart: previous.periodStart,
              periodEnd: previous.periodEnd,
              version: previous.version
            },
            ...others.filter((other) => other.id !== previous.id)
          ]
        : others;
    this.acceptWorkspace({ ...this.workspace, plan, otherPlans });
  }

  // ---------- customer mode and printing ----------

  /** The header's switch: remembered for this tab's session and announced to the page's other components. */
  handleCustomerModeChange(event) {
    const on = Boolean(event.detail.on);
    setCustomerMode(this.messageContext, on);
    this.applyCustomerMode(on);
  }

  applyCustomerMode(on) {
    this.customerMode = on;
    if (on && !CUSTOMER_SECTIONS.has(this.activeTab)) this.activeTab = "listen";
    this.showScreenLanguage();
  }

  /** The screen speaks the plan's language while the customer looks, else the user's (c/accordScreenLabels). */
  showScreenLanguage() {
    showScreenIn(this.customerMode && this.plan ? this.plan.planLanguage : null);
  }

  /** A refusal's message in the screen's language (the plan's in customer mode), or the general one without text. */
  refusal(parsed) {
    return refusalIn(parsed, this.labels) || this.labels.Workspace_UnknownError;
  }

  /**
   * The document's Print button: the workspace renders the customer document on its own for the printer
   * (its print stylesheet hides the rest), then opens the browser's print dialog once that has rendered.
   */
  handlePrintDocument(event) {
    event.preventDefault();
    event.stopPropagation();
    this.printing = true;
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    requestAnimationFrame(() => {
      window.print();
      this.printing = false;
    });
  }

  // ---------- navigation: jump to what needs fixing ----------

  handleTabClick(event) {
    event.preventDefault();
    this.activeTab = event.currentTarget.dataset.value;
  }

  /** Arrow keys, Home and End choose a tab and move the focus to it. */
  handleTabKeyDown(event) {
    const next = nextTabValue(
      this.sections.map((section) => section.value),
      this.activeTab,
      event.key
    );
    if (!next) return;
    event.preventDefault();
    this.activeTab = next;
    this._focusTab = next;
  }

  /** A share-readiness reason or health finding: open its tab, then focus the record. */
  handleFix(event) {
    const { recordKey, section } = event.detail;
    const target = edits.sectionOfRecord(this.working, recordKey) || section || "needs";
    this.activeTab = TAB_OF_SECTION[target] || "listen";
    this._pendingFocus = { recordKey, target };
    // When the tab is already open nothing re-renders: focus after the current cycle instead.
    Promise.resolve().then(() => {
      if (this._pendingFocus) this.applyPendingFocus();
    });
  }

  applyPendingFocus() {
    const { recordKey, target } = this._pendingFocus;
    const selector = {
      needs: "c-accord-need-list",
      goals: "c-accord-customer-goals",
      initiatives: "c-accord-initiative-list",
      sign: "c-accord-sign-panel",
      review: "c-accord-plan-review"
    }[target];
    const child = selector ? this.template.querySelector(selector) : null;
    if (!child) return;
    this._pendingFocus = null;
    child.focusRecord(recordKey);
  }

  get isListenTab() {
    return this.activeTab === "listen";
  }
}
