import { LightningElement } from "lwc";

const TOAST_MS = 5000;
let nextId = 1;

/** Shows the toasts components raise with ShowToastEvent, and where Lightning would navigate to. */
export default class Toasts extends LightningElement {
  toasts = [];

  connectedCallback() {
    this.onToast = (event) => this.add(event.detail || {});
    this.onNavigate = (event) =>
      this.add({ variant: "info", title: "Navigation", message: JSON.stringify(event.detail.pageReference) });
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
