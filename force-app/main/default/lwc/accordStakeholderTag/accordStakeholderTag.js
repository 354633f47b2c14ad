import { LightningElement, api } from "lwc";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import { LABELS, formatLabel } from "c/accordLabels";
import { roleLabel } from "c/accordStakeholderView";

/** One stakeholder map per account and page, shared by every tag (a plan shows many "Raised by"). */
const maps = new Map();
function mapOf(accountId) {
  if (!maps.has(accountId))
    maps.set(
      accountId,
      getStakeholderMap({ accountId }).catch(() => null)
    );
  return maps.get(accountId);
}

/**
 * Meeting preparation in one glance: after a person's name in the plan workspace ("Raised by", signatories), their
 * title and role, and the role profile's approach for the account's country on hover or tap (lightning-helptext).
 * Shows nothing for a contact who is no stakeholder of the account.
 */
export default class AccordStakeholderTag extends LightningElement {
  /** The account's stakeholders (PlanWorkspaceDto.stakeholders). */
  @api stakeholders = [];
  @api contactId;
  approach = null;

  get stakeholder() {
    return (this.stakeholders || []).find((s) => this.contactId && s.contactId === this.contactId) || null;
  }

  get hasStakeholder() {
    return Boolean(this.stakeholder);
  }

  get details() {
    const s = this.stakeholder;
    return [s.title, roleLabel(s.role)].filter(Boolean).join(", ");
  }

  get helpText() {
    return formatLabel(LABELS.RoleProfile_Title, roleLabel(this.stakeholder.role)) + ": " + this.approach;
  }

  connectedCallback() {
    const s = this.stakeholder;
    if (!s || !s.accountId) return;
    mapOf(s.accountId).then((map) => {
      const profile = map && (map.profiles || []).find((p) => p.roleCode === s.role);
      this.approach = profile ? profile.approach : null;
    });
  }
}
