/**
 * Jest mock of lightning/platformShowToastEvent: the same event the platform fires
 * (name lightning__showtoast, detail = the toast), so tests can listen for it.
 */
export const ShowToastEventName = "lightning__showtoast";

export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super(ShowToastEventName, { composed: true, cancelable: true, bubbles: true, detail: toast });
  }
}
