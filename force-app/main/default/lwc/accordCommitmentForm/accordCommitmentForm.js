import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { contactOptions, textsReady, withNone } from "c/accordPlanView";

/**
 * Description, owner and due date of one party's commitment. Customer owners are the account's
 * contacts; a company owner is named (the current user by default), kept as a name snapshot.
 */
export default class AccordCommitmentForm extends ScreenFollower(LightningElement) {
  /** The commitment being edited, or null for a new one. */
  @api commitment = null;
  /** Company or Customer. */
  @api party;
  @api stakeholders = [];
  /** The current user ({ userId, userName }), the default company owner. */
  @api permissions = {};

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  description = "";
  ownerContactId = "";
  ownerName = "";
  dueDate = null;

  connectedCallback() {
    super.connectedCallback();
    const commitment = this.commitment || {};
    this.description = commitment.description || "";
    this.ownerContactId = commitment.ownerContactId || "";
    this.ownerName = this.commitment
      ? commitment.ownerName || ""
      : (this.permissions && this.permissions.userName) || "";
    this.dueDate = commitment.dueDate || null;
  }

  get isCustomer() {
    return this.party === "Customer";
  }

  get ownerOptions() {
    return withNone(contactOptions(this.stakeholders), this.labels);
  }

  handleChange(event) {
    const field = event.target.dataset.field;
    this[field] = event.detail.value;
  }

  ownerFields() {
    if (this.isCustomer) {
      const stakeholder = (this.stakeholders || []).find((entry) => entry.contactId === this.ownerContactId);
      return {
        ownerContactId: this.ownerContactId || null,
        ownerUserId: null,
        ownerName: stakeholder ? stakeholder.name : null
      };
    }
    const perms = this.permissions || {};
    const name = (this.ownerName || "").trim();
    // The current user stays the owner record while the name is theirs; another name is a snapshot only.
    const isCurrentUser = name !== "" && name === perms.userName;
    const previous = this.commitment || {};
    const keepsPreviousUser = previous.ownerUserId && name === previous.ownerName;
    return {
      ownerContactId: null,
      ownerUserId: isCurrentUser ? perms.userId : keepsPreviousUser ? previous.ownerUserId : null,
      ownerName: name || null
    };
  }

  handleSave() {
    const description = this.template.querySelector('[data-id="commitment-description"]');
    if (!textsReady(this.template.querySelectorAll("c-accord-text-field"), description, this.labels.Common_Required))
      return;
    this.dispatchEvent(
      new CustomEvent("formsave", {
        detail: {
          fields: {
            party: this.party,
            description: this.description,
            dueDate: this.dueDate || null,
            ...this.ownerFields()
          }
        }
      })
    );
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("formcancel"));
  }

  @api
  focus() {
    this.template.querySelector('[data-id="commitment-description"]').focus();
  }
}
