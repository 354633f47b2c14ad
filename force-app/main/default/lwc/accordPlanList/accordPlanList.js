import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { passOn } from "c/accordPlanView";

/**
 * What the plan's record lists (c-accord-need-list, -initiative-list, -commitment-list) share: the account's
 * stakeholders, whether content is editable and the last failed save, which they hand to their items, and the
 * items' events, which they pass on towards the workspace.
 */
export default class AccordPlanList extends ScreenFollower(LightningElement) {
  @api stakeholders = [];
  @api editable = false;
  /** { message, recordKey } of a failed save; the item it concerns shows it. */
  @api error = null;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;

  forward(event) {
    passOn(this, event);
  }
}
