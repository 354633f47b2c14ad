import { LightningElement } from "lwc";
import { LOCALES, language, formFactor } from "../../client/runtime.js";
import { STRINGS } from "./strings.js";

const params = () => new URLSearchParams(window.location.search);

/**
 * The preview page: picks a sample account, a language and desktop or phone, and shows the Account
 * record page. Changing any of them reloads the page, as switching record or language does in Salesforce.
 */
export default class Shell extends LightningElement {
  strings = STRINGS;
  accounts = [];
  loadError = null;
  isLoaded = false;

  get isPhoneFrame() {
    return formFactor === "Small";
  }

  get isPhoneView() {
    return !this.isPhoneFrame && params().get("view") === "phone";
  }

  get selectedAccountId() {
    const requested = params().get("account");
    if (requested) return requested;
    return this.accounts.length > 0 ? this.accounts[0].id : null;
  }

  get selectedAccount() {
    const id = this.selectedAccountId;
    return this.accounts.find((a) => a.id === id) || { id, name: id, countryCode: null };
  }

  get accountOptions() {
    return this.accounts.map((a) => ({ ...a, selected: a.id === this.selectedAccountId }));
  }

  get languageOptions() {
    return Object.keys(LOCALES).map((code) => ({ code, label: STRINGS.languages[code], selected: code === language }));
  }

  get viewOptions() {
    return [
      { value: "desktop", label: STRINGS.desktop, selected: !this.isPhoneView },
      { value: "phone", label: STRINGS.phone, selected: this.isPhoneView }
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
    query.set("formFactor", "Small");
    query.delete("view");
    return `?${query.toString()}`;
  }

  async connectedCallback() {
    try {
      const response = await fetch("/preview/api/accounts");
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      this.accounts = (await response.json()).result;
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

  handleAccountChange(event) {
    this.navigate({ account: event.target.value });
  }

  handleLanguageChange(event) {
    this.navigate({ lang: event.target.value === "en_US" ? null : event.target.value });
  }

  handleViewChange(event) {
    this.navigate({ view: event.target.value === "phone" ? "phone" : null });
  }

  async handleReset() {
    await fetch("/preview/api/reset", { method: "POST" });
    window.location.reload();
  }
}
