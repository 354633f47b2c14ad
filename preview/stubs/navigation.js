// force/navigation (behind lightning/navigation). The preview shows Account and plan record pages: navigating
// to one of those opens it (as Lightning does); any other page reference is announced to the shell, which
// shows where Lightning would go.
import { recordId, objectApiName } from "../client/runtime.js";

const Navigate = Symbol("Navigate");
const GenerateUrl = Symbol("GenerateUrl");
/** Record pages the preview can show: object → URL parameter. */
const PREVIEW_RECORD_PAGES = { Account: "account", Customer_Account_Plan__c: "plan" };

/** The preview URL of a record page it shows, or null when Lightning would go somewhere the preview cannot. */
function previewUrlOf(pageReference) {
  const { type, attributes = {} } = pageReference || {};
  const param = PREVIEW_RECORD_PAGES[attributes.objectApiName];
  if (type !== "standard__recordPage" || !param || !attributes.recordId) return null;
  const query = new URLSearchParams(window.location.search);
  // A plan's page names only the plan: the shell finds its account.
  query.delete("account");
  query.delete("plan");
  query.set(param, attributes.recordId);
  return `?${query}`;
}

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      const url = previewUrlOf(pageReference);
      if (url) {
        if (replace) window.location.replace(url);
        else window.location.assign(url);
        return;
      }
      window.dispatchEvent(
        new CustomEvent("accordpreview:navigate", { detail: { pageReference, replace: Boolean(replace) } })
      );
    }
    [GenerateUrl](pageReference) {
      return Promise.resolve(
        previewUrlOf(pageReference) || `#navigate=${encodeURIComponent(JSON.stringify(pageReference))}`
      );
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback({
      type: "standard__recordPage",
      attributes: { recordId, objectApiName, actionName: "view" },
      state: {}
    });
  }
  disconnect() {}
  update() {}
}
