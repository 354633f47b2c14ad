import { LightningElement, api } from "lwc";
import { NavigationMixin } from "lightning/navigation";
import getConfiguration from "@salesforce/apex/AccordConfigurationController.getConfiguration";
import { countryKamModel, planHealth, shortFingerprint } from "c/accordCore";
import FORM_FACTOR from "@salesforce/client/formFactor";
import { LABELS, formatLabel } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import {
  STATUSES,
  healthCheckLabel,
  issueSection,
  issueText,
  labelOf,
  optionsIn,
  recordName,
  userDate
} from "c/accordPlanView";

const ACTIONS_SHOWN_PER_CHECK = 3;
/** The progress ring's states, highest score first (the SLDS ring modifiers and the utility icons they show). */
const RING_STATES = [
  {
    from: 100,
    ringClass: "slds-progress-ring_complete",
    iconClass: "slds-icon_container slds-icon-utility-success",
    icon: "M8.8 19.6L1.2 12c-.3-.3-.3-.8 0-1.1l1-1c.3-.3.8-.3 1 0L9 15.7c.1.2.5.2.6 0L20.9 4.4c.2-.3.7-.3 1 0l1 1c.3.3.3.7 0 1L9.8 19.6c-.2.3-.7.3-1 0z"
  },
  { from: 80, ringClass: "", iconClass: null, icon: null },
  {
    from: 50,
    ringClass: "slds-progress-ring_warning",
    iconClass: "slds-icon_container slds-icon-utility-warning",
    icon: "M23.7 19.6L13.2 2.5c-.6-.9-1.8-.9-2.4 0L.3 19.6c-.7 1.1 0 2.6 1.1 2.6h21.2c1.1 0 1.8-1.5 1.1-2.6zM12 18.5c-.8 0-1.4-.6-1.4-1.4s.6-1.4 1.4-1.4 1.4.6 1.4 1.4-.6 1.4-1.4 1.4zm1.4-4.2c0 .3-.2.5-.5.5h-1.8c-.3 0-.5-.2-.5-.5v-6c0-.3.2-.5.5-.5h1.8c.3 0 .5.2.5.5v6z"
  },
  {
    from: 0,
    ringClass: "slds-progress-ring_expired",
    iconClass: "slds-icon_container slds-icon-utility-error",
    icon: "M12 .9C5.9.9.9 5.9.9 12s5 11.1 11.1 11.1 11.1-5 11.1-11.1S18.1.9 12 .9zM3.7 12c0-4.6 3.7-8.3 8.3-8.3 1.8 0 3.5.5 4.8 1.5L5.2 16.8c-1-1.3-1.5-3-1.5-4.8zm8.3 8.3c-1.8 0-3.5-.5-4.8-1.5L18.8 7.2c1 1.3 1.5 3 1.5 4.8 0 4.6-3.7 8.3-8.3 8.3z"
  }
];

/**
 * Who and when: account, period, status on the lifecycle path, version and fingerprint; how good
 * the plan is (plan health from accordCore) as a checklist whose actions jump to what to fix;
 * the account's other plans (each opens on its record page), and next period's plan once this one is closed.
 * A new plan shows its first steps instead of a low score. The "Show to customer" switch (customer mode)
 * is here: while it is on, nothing internal is rendered (health, other plans, reopen reason).
 */
export default class AccordPlanHeader extends ScreenFollower(NavigationMixin(LightningElement)) {
  /** The plan as saved on the server (status, version, fingerprint). */
  @api plan;
  /** The working copy: health follows the user's edits at once. */
  @api workingPlan;
  @api account;
  @api otherPlans = [];
  @api canCreateNext = false;
  @api busy = false;
  @api actionError = null;
  /** Customer mode: the workspace owns it; the switch asks for a change with a customermodechange event. */
  @api customerMode = false;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  /** The locale its dates are written in: the user's, or the plan language's in customer mode. */
  locale;
  /**
   * The checklist is built when it is opened: its icons and Fix buttons (up to three per check) were a large
   * part of the workspace's first render while folded away (npm run bench:ui).
   */
  healthOpen = false;
  /**
   * The configuration, for the model of the plan's country and the review dates' cadence (null until read, or when
   * it cannot be read): read once here and handed to c-accord-review-dates, so the page asks the server once.
   */
  configuration = null;

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.configuration = await getConfiguration();
    } catch {
      // Without the configuration health is shown in the Full model (as for a country without a setting).
      this.configuration = null;
    }
  }

  /** The plan's country's KAM model (countryKamModel): a country that is not KAM-ready gets the Light model. */
  healthModelOf(plan) {
    const code = plan.countryCode;
    if (!this.configuration || !code || !/^[A-Za-z]{2}$/.test(code)) return undefined;
    return countryKamModel(this.configuration, code);
  }

  get isPhone() {
    return FORM_FACTOR === "Small";
  }
  /**
   * The lifecycle, the current step marked (aria-current): on a desktop as the SLDS path (steps before it complete),
   * on a phone as words. A read-only list, not the path base component's listbox: nothing in it can be chosen.
   */
  get statusSteps() {
    const steps = optionsIn(STATUSES, this.labels);
    const currentIndex = steps.findIndex((step) => step.value === this.plan.status);
    return steps.map((step, index) => {
      const current = index === currentIndex;
      let pathState = "slds-is-incomplete";
      if (current) pathState = "slds-is-current slds-is-active";
      else if (index < currentIndex) pathState = "slds-is-complete";
      return {
        ...step,
        current: current ? "step" : null,
        pathClass: `slds-path__item ${pathState}`,
        wordClass: current ? "accord-step accord-step_current" : "accord-step"
      };
    });
  }

  get accountName() {
    return (this.account && this.account.name) || this.plan.accountName;
  }
  get period() {
    return formatLabel(
      this.labels.Header_PeriodValue,
      userDate(this.plan.periodStart, this.locale),
      userDate(this.plan.periodEnd, this.locale)
    );
  }
  get statusLabel() {
    return labelOf(STATUSES, this.plan.status, this.labels);
  }
  get fingerprint() {
    return this.plan.contentHash ? shortFingerprint(this.plan.contentHash) : this.labels.Header_NoFingerprint;
  }
  /** When the plan was shared and agreed: the dates it has. */
  get dates() {
    return [
      { dataId: "header-shared-on", label: this.labels.Header_SharedOn, value: this.plan.sharedOn },
      { dataId: "header-agreed-on", label: this.labels.Header_AgreedOn, value: this.plan.agreedOn }
    ]
      .filter((date) => date.value)
      .map((date) => ({ ...date, text: userDate(date.value, this.locale) }));
  }
  get showsReopenReason() {
    return Boolean(this.plan.reopenReason) && !this.customerMode;
  }
  /** A plan nobody has written in yet: its first steps, not a score that only says how empty it is. */
  get showsGettingStarted() {
    const plan = this.workingPlan || this.plan;
    const empty = !plan.customerGoals && (plan.needs || []).length === 0 && (plan.initiatives || []).length === 0;
    return empty && plan.status === "Draft" && !this.customerMode;
  }
  get showsHealth() {
    return !this.customerMode;
  }
  get showsOtherPlans() {
    return this.hasOtherPlans && !this.customerMode;
  }
  get fingerprintHelp() {
    return this.plan.contentHash ? formatLabel(this.labels.Header_FingerprintHelp, this.plan.contentHash) : null;
  }

  /** Computed once per plan object (edits replace the object), not once per getter that reads it. */
  get health() {
    const plan = this.workingPlan || this.plan;
    if (this._healthOf !== plan || this._healthConfiguration !== this.configuration) {
      this._healthOf = plan;
      this._healthConfiguration = this.configuration;
      try {
        this._health = { result: planHealth(plan, this.healthModelOf(plan)), error: null };
      } catch (error) {
        this._health = { result: null, error: formatLabel(this.labels.Header_HealthUnavailable, error.message) };
      }
    }
    return this._health;
  }
  get healthError() {
    return this.health.error;
  }
  get hasHealth() {
    return Boolean(this.health.result);
  }
  get healthScore() {
    return this.health.result.score;
  }
  get healthScoreText() {
    return formatLabel(this.labels.Header_HealthScore, this.health.result.score);
  }
  /**
   * The health score as an SLDS progress ring: green and checked at 100, plain from 80, a warning from 50, below
   * that expired. Markup rather than lightning-progress-ring, which reads three computed styles (a forced layout)
   * on its first render; the score beside it says in words what the ring shows.
   */
  get healthRing() {
    const score = this.healthScore;
    const fill = score / 100;
    const angle = 2 * Math.PI * fill;
    const path = `M 1 0 A 1 1 0 ${fill > 0.5 ? 1 : 0} 0 ${Math.cos(angle)} ${-Math.sin(angle)} L 0 0`;
    const state = RING_STATES.find((candidate) => score >= candidate.from);
    return {
      path,
      className: `slds-progress-ring ${state.ringClass}`.trim(),
      icon: state.icon,
      iconClass: state.iconClass
    };
  }

  /** Checks not yet passed first (what to do next), each with its first few actions. */
  get checks() {
    const plan = this.workingPlan || this.plan;
    return [...this.health.result.checks]
      .sort((a, b) => Number(a.passed) - Number(b.passed))
      .map((check) => {
        const shown = check.actions.slice(0, ACTIONS_SHOWN_PER_CHECK).map((action, index) => ({
          id: `${check.code}-${action.code}-${action.recordKey || index}`,
          text: issueText(action, this.labels),
          subject: recordName(plan, action.recordKey),
          recordKey: action.recordKey || "",
          section: issueSection(action) || ""
        }));
        const more = check.actions.length - shown.length;
        return {
          code: check.code,
          label: healthCheckLabel(check.code),
          passed: check.passed,
          icon: check.passed ? "utility:check" : "utility:warning",
          iconText: check.passed ? this.labels.Header_Passed : this.labels.Header_Open,
          points: formatLabel(this.labels.Health_Points, check.pointsEarned, check.pointsPossible),
          actions: shown,
          more: more > 0 ? formatLabel(this.labels.Health_More, more) : null
        };
      });
  }
  get allPassed() {
    return this.hasHealth && this.health.result.checks.every((check) => check.passed);
  }

  get hasOtherPlans() {
    return this.otherPlans && this.otherPlans.length > 0;
  }
  get otherPlanRows() {
    return this.otherPlans.map((other) => ({
      id: other.id,
      label: formatLabel(
        this.labels.Header_OtherPlan,
        formatLabel(
          this.labels.Header_PeriodValue,
          userDate(other.periodStart, this.locale),
          userDate(other.periodEnd, this.locale)
        ),
        labelOf(STATUSES, other.status, this.labels),
        other.version
      )
    }));
  }
  /** Only from a closed plan that no later period's plan follows yet (on its own record page one may). */
  get showCreateNext() {
    const followed = (this.otherPlans || []).some((other) => other.periodStart > this.plan.periodStart);
    return this.canCreateNext && this.plan.status === "Closed" && !followed && !this.customerMode;
  }

  handleOpenPlan(event) {
    this[NavigationMixin.Navigate]({
      type: "standard__recordPage",
      attributes: {
        recordId: event.target.dataset.planId,
        objectApiName: "Customer_Account_Plan__c",
        actionName: "view"
      }
    });
  }

  handleFix(event) {
    const { recordKey, section } = event.target.dataset;
    this.dispatchEvent(new CustomEvent("fix", { detail: { recordKey: recordKey || null, section: section || null } }));
  }

  handleHealthToggle(event) {
    this.healthOpen = event.target.open;
  }

  handleCustomerModeChange(event) {
    this.dispatchEvent(new CustomEvent("customermodechange", { detail: { on: event.target.checked } }));
  }

  handleCreateNext() {
    this.dispatchEvent(new CustomEvent("createnextplan"));
  }
}
