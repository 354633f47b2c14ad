import { LightningElement, api } from "lwc";

/**
 * The content of one workspace section (Listen, Initiatives, Share and sign, Customer document, Review, Stakeholders),
 * declared once for both layouts: inside its lightning-tab on a desktop, alone under the Section picker on a phone
 * (no tab bar there: the picker alone navigates). Light DOM, so the workspace still finds and focuses the lists in it;
 * the children's events are passed on unchanged (same type and detail), for the workspace's handlers.
 */
export default class AccordWorkspaceSection extends LightningElement {
  static renderMode = "light";

  /** The section shown: listen, initiatives, sign, document, review or stakeholders. */
  @api section;
  /** The plan as stored, and as edited on this page (not yet saved). */
  @api plan;
  @api working;
  @api stakeholders = [];
  @api permissions = {};
  @api contentEditable = false;
  @api progressEditable = false;
  @api customerMode = false;
  /** A lifecycle action or save is under way: actions wait. */
  @api busy = false;
  @api needError;
  @api initiativeError;
  @api signError;
  @api reviewError;
  /** The account's country (pull-through guidance) and Id (stakeholder map). */
  @api countryCode;
  @api accountId;

  get is() {
    return { [this.section]: true };
  }

  /** A child's event, passed on to the workspace as it came; cancelling it cancels the child's (printdocument). */
  forward(event) {
    event.stopPropagation();
    const passed = new CustomEvent(event.type, { detail: event.detail, cancelable: event.cancelable });
    if (!this.dispatchEvent(passed)) event.preventDefault();
  }
}
