import { LightningElement, wire } from "lwc";
import { MessageContext } from "lightning/messageService";
import { LABELS } from "c/accordLabels";
import { parseApexError } from "c/accordApexError";
import { isCustomerMode, onCustomerMode, stopCustomerMode } from "c/accordCustomerMode";

/**
 * What the Account page's internal cards share (c-accord-account-summary, -collaboration-index,
 * -key-account-selection, -stakeholder-coverage, -stakeholder-map): nothing shows while the screen faces the
 * customer (`showsCard`, following customer mode); the record's data loads when the card connects, when its record
 * changes and on retry, the newest load winning; a failed load leaves `error` (the server's reason, else
 * `loadErrorText`). `cardState` hands both, with the card's `stateTexts`, to its c-accord-card-frame; `labels` are
 * the screen's unless the card names its own. A subclass declares `@api recordId` as a getter and setter that hand
 * it to `shownRecordId` and `showRecord` (Lightning gives record context only to a bundle's own public property,
 * checks/record-context.js, and reuses a card when the page shows another record), returns its server call from
 * `request(recordId)` and takes the answer in `receive(answer)`, or `receive(null)` when there is no record or the
 * call failed.
 */
export default class AccordRecordCard extends LightningElement {
  @wire(MessageContext) messageContext;

  /** The screen's labels, for the card's template; a card may name its own. */
  labels = LABELS;
  customerMode = false;
  /** { loadingText, errorTitle, retryLabel } of c-accord-card-frame; a subclass names its card's. */
  stateTexts = {};
  /** True from the start: the first load begins when the card connects. */
  isLoading = true;
  error = null;
  _requestId = 0;

  _recordId;
  _connected = false;

  /** The record the page gave the card (the subclass's recordId getter). */
  get shownRecordId() {
    return this._recordId;
  }
  /** The subclass's recordId setter: the page set the record, or shows another one in the same card. */
  showRecord(recordId) {
    this._recordId = recordId;
    if (this._connected) this.load();
  }

  connectedCallback() {
    this._connected = true;
    this.load();
    this.customerMode = isCustomerMode();
    this._customerModeSubscription = onCustomerMode(this.messageContext, (on) => {
      this.customerMode = on;
    });
  }

  disconnectedCallback() {
    this._connected = false;
    stopCustomerMode(this._customerModeSubscription);
    this._customerModeSubscription = null;
  }

  get showsCard() {
    return !this.customerMode;
  }

  /** The frame's state (c-accord-card-frame): the load's progress and error, with the card's texts for them. */
  get cardState() {
    return { loading: this.isLoading, error: this.error, ...this.stateTexts };
  }

  /** The text shown when a failed load carries no message of its own; a subclass may name its card. */
  get loadErrorText() {
    return LABELS.Workspace_UnknownError;
  }

  async load() {
    const requestId = ++this._requestId;
    this.error = null;
    if (!this.recordId) {
      this.isLoading = false;
      this.receive(null);
      return;
    }
    this.isLoading = true;
    try {
      const answer = await this.request(this.recordId);
      if (requestId === this._requestId) this.receive(answer);
    } catch (error) {
      if (requestId !== this._requestId) return;
      this.receive(null);
      this.error = parseApexError(error).message || this.loadErrorText;
    } finally {
      if (requestId === this._requestId) this.isLoading = false;
    }
  }

  handleRetry() {
    this.load();
  }
}
