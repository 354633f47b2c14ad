// force/navigation (behind lightning/navigation): the preview has one page, so navigation requests are
// announced to the shell (which shows where Lightning would go) and the current page is the Account record.
import { recordId } from "../client/runtime.js";

const Navigate = Symbol("Navigate");
const GenerateUrl = Symbol("GenerateUrl");

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      window.dispatchEvent(
        new CustomEvent("accordpreview:navigate", { detail: { pageReference, replace: Boolean(replace) } })
      );
    }
    [GenerateUrl](pageReference) {
      return Promise.resolve(`#navigate=${encodeURIComponent(JSON.stringify(pageReference))}`);
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
      attributes: { recordId, objectApiName: "Account", actionName: "view" },
      state: {}
    });
  }
  disconnect() {}
  update() {}
}
