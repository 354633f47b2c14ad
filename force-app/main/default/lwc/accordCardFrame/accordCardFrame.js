import { LightningElement, api } from "lwc";

/**
 * The frame of the Account page's cards (c/accordRecordCard's subclasses): the card with its title and icon, its
 * `actions` slot, and above its content (the default slot) the load's states from `state` — a spinner named
 * `loadingText` while `loading`, else the `error` under `errorTitle` (when given) with a retry button (when
 * `retryLabel` is given) that raises `retry`. The card's own content and empty text come through the slot. Light
 * DOM, so the states' data-ids (loading, error, retry) stay in the card's tree, where its tests and the browser
 * journeys find them.
 */
export default class AccordCardFrame extends LightningElement {
  static renderMode = "light";

  @api title;
  @api iconName;
  /** { loading, error, loadingText, errorTitle, retryLabel } — AccordRecordCard's cardState. */
  @api state = {};

  handleRetry() {
    this.dispatchEvent(new CustomEvent("retry"));
  }
}
