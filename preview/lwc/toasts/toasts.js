import { LightningElement } from "lwc";

const TOAST_MS = 5000;
let nextId = 1;

/**
 * Where Lightning would go, in words: the preview cannot show Lightning's other pages. A saved document is a
 * PDF that the org renders from the Visualforce page AccordPlanDocument, which the preview does not have.
 */
function describeNavigation(pageReference) {
  const { type, attributes = {}, state = {} } = pageReference || {};
  if (type === "standard__namedPage" && attributes.pageName === "filePreview") {
    return {
      title: "In Salesforce the saved PDF opens here",
      message: `Lightning shows file ${state.selectedRecordId} in its file preview: the customer document rendered as PDF by the Visualforce page AccordPlanDocument, in the plan's language. The preview has no Visualforce, so it shows the document on screen only.`
    };
  }
  return { title: "In Salesforce this opens another page", message: `${type || "unknown page"}` };
}

/** Shows the toasts components raise with ShowToastEvent, and where Lightning would navigate to. */
export default class Toasts extends LightningElement {
  toasts = [];

  connectedCallback() {
    this.onToast = (event) => this.add(event.detail || {});
    this.onNavigate = (event) => this.add({ variant: "info", ...describeNavigation(event.detail.pageReference) });
    window.addEventListener("lightning__showtoast", this.onToast);
    window.addEventListener("accordpreview:navigate", this.onNavigate);
  }

  disconnectedCallback() {
    window.removeEventListener("lightning__showtoast", this.onToast);
    window.removeEventListener("accordpreview:navigate", this.onNavigate);
  }

  add({ title, message, variant, mode }) {
    const id = nextId++;
    const theme = ["success", "warning", "error"].includes(variant) ? variant : "info";
    this.toasts = [
      ...this.toasts,
      { id, title, message, className: `slds-notify slds-notify_toast slds-theme_${theme}` }
    ];
    if (mode !== "sticky") {
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      setTimeout(() => this.remove(id), TOAST_MS);
    }
  }

  remove(id) {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  handleClose(event) {
    this.remove(Number(event.currentTarget.dataset.toastId));
  }
}
