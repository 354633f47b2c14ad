// lightning/platformShowToastEvent: the event Lightning turns into a toast. The preview shell listens
// for it on window (the event bubbles and is composed, as in Lightning Experience) and shows the toast.
export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super("lightning__showtoast", { bubbles: true, composed: true, cancelable: true, detail: toast });
  }
}
