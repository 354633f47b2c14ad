import { LightningElement } from "lwc";
import { LOCALES, language, formFactor } from "../../client/runtime.js";
import { STRINGS } from "./strings.js";
import COMPONENTS from "accord-preview:components";

const params = () => new URLSearchParams(window.location.search);

async function fetchResult(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()).result;
}

/**
 * The preview page: picks a sample account, its Account record page or one of its plans' record pages,
 * a language and desktop or phone. Changing any of them reloads the page, as switching record or language
 * does in Salesforce.
 */
export default class Shell extends LightningElement {
  strings = STRINGS;
  accounts = [];
  /** Every account's plans (PlanSummaryDto with accountId), newest period first. */
  allPlans = [];
  loadError = null;
  isLoaded = false;

  get isPhoneFrame() {
    return formFactor === "Small";
  }

  get isPhoneView() {
    return !this.isPhoneFrame && params().get("view") === "phone";
  }

  /** ?plan=<Id> shows that plan's record page (Customer_Account_Plan__c); its account is found from the plan. */
  get planId() {
    return params().get("plan");
  }

  /** ?app=<bundle> shows that app page (a bundle exposed on lightning__AppPage) instead of a record page. */
  get appName() {
    return params().get("app");
  }

  get selectedAccountId() {
    const planId = this.planId;
    const owner = planId && this.allPlans.find((p) => p.id === planId);
    if (owner) return owner.accountId;
    const requested = params().get("account");
    if (requested) return requested;
    return this.accounts.length > 0 ? this.accounts[0].id : null;
  }

  get selectedAccount() {
    const id = this.selectedAccountId;
    return this.accounts.find((a) => a.id === id) || { id, name: id, countryCode: null };
  }

  get plans() {
    const accountId = this.selectedAccountId;
    return this.allPlans.filter((p) => p.accountId === accountId);
  }

  /** What the record page's header shows, as the org's highlights panel would. */
  get record() {
    const account = this.selectedAccount;
    const planId = this.planId;
    if (!planId) {
      return {
        objectApiName: "Account",
        objectLabel: STRINGS.accountObject,
        iconName: "standard:account",
        id: account.id,
        name: account.name,
        details: [
          { label: STRINGS.country, value: account.countryCode || "" },
          { label: STRINGS.accountId, value: account.id }
        ]
      };
    }
    const plan = this.plans.find((p) => p.id === planId);
    return {
      objectApiName: "Customer_Account_Plan__c",
      objectLabel: STRINGS.planObject,
      iconName: "custom:custom18",
      id: planId,
      name: plan ? `${account.name} ${plan.periodStart} – ${plan.periodEnd}` : planId,
      details: [
        { label: STRINGS.accountObject, value: account.name },
        { label: STRINGS.status, value: plan ? plan.status : "" },
        { label: STRINGS.planId, value: planId }
      ]
    };
  }

  get recordOptions() {
    return [
      { value: "", label: STRINGS.accountPage },
      ...this.plans.map((p) => ({
        value: p.id,
        label: `${STRINGS.planObject} ${p.periodStart} – ${p.periodEnd} (${p.status}, v${p.version})`
      })),
      ...(COMPONENTS.AppPage || []).map((c) => ({ value: `app:${c.name}`, label: `${STRINGS.appPage}: ${c.label}` }))
    ];
  }

  /** The record page shown: an app page, a plan, or the account's page (""). */
  get recordValue() {
    return this.appName ? `app:${this.appName}` : this.planId || "";
  }

  /** The bar's choices, a c-accord-select each; the name picks the navigation (handlePick). */
  get pickers() {
    return [
      {
        name: "account",
        label: STRINGS.account,
        value: this.selectedAccountId,
        options: this.accounts.map((a) => ({ value: a.id, label: a.name }))
      },
      { name: "record", label: STRINGS.recordPage, value: this.recordValue, options: this.recordOptions },
      {
        name: "language",
        label: STRINGS.language,
        value: language,
        options: Object.keys(LOCALES).map((code) => ({ value: code, label: STRINGS.languages[code] }))
      },
      {
        name: "view",
        label: STRINGS.view,
        value: this.isPhoneView ? "phone" : "desktop",
        options: [
          { value: "desktop", label: STRINGS.desktop },
          { value: "phone", label: STRINGS.phone }
        ]
      }
    ];
  }

  get hasAccounts() {
    return this.isLoaded && this.accounts.length > 0;
  }

  get showNoAccounts() {
    return this.isLoaded && !this.loadError && this.accounts.length === 0;
  }

  get phoneFrameSrc() {
    const query = params();
    query.set("account", this.selectedAccountId);
    if (this.planId) query.set("plan", this.planId);
    query.set("formFactor", "Small");
    query.delete("view");
    return `?${query.toString()}`;
  }

  async connectedCallback() {
    try {
      [this.accounts, this.allPlans] = await Promise.all([
        fetchResult("/preview/api/accounts"),
        fetchResult("/preview/api/plans")
      ]);
    } catch (error) {
      this.loadError = `${STRINGS.loadFailed}: ${error.message}`;
    }
    this.isLoaded = true;
  }

  navigate(changes) {
    const query = params();
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) query.delete(key);
      else query.set(key, value);
    }
    window.location.search = query.toString();
  }

  handlePick(event) {
    const name = event.currentTarget.dataset.name;
    const value = event.detail.value;
    if (name === "account") this.navigate({ account: value, plan: null });
    else if (name === "record") this.pickRecord(value || "");
    else if (name === "language") this.navigate({ lang: value === "en_US" ? null : value });
    else if (name === "view") this.navigate({ view: value === "phone" ? "phone" : null });
  }

  pickRecord(value) {
    if (value.startsWith("app:")) this.navigate({ app: value.slice(4), plan: null });
    else this.navigate({ account: this.selectedAccountId, plan: value || null, app: null });
  }

  async handleReset() {
    await fetch("/preview/api/reset", { method: "POST" });
    window.location.reload();
  }
}
