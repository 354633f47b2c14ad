import { LightningElement, api } from "lwc";
import LANG from "@salesforce/i18n/lang";
import { LABELS, formatLabel } from "c/accordLabels";
import { roleLabel } from "c/accordStakeholderView";

/**
 * The resolved role profile (country > archetype > global, in the user's language with the documented fallback) for
 * the selected person: what this role cares about, the evidence they need, how to engage and what to avoid, with its
 * source.
 * Profile text is configuration written by admins: shown as text. Events: edit (detail: id), close.
 */
export default class AccordRoleProfile extends LightningElement {
  /** The selected person (c/accordStakeholderView personView), or null. */
  @api person = null;
  /** StakeholderRoleProfileDto for the person's role, or null when none is set up. */
  @api profile = null;
  @api countryCode = null;
  @api archetypeCode = null;
  /** Offers to edit the selected person (the chart has no control per person). */
  @api canEdit = false;
  labels = LABELS;

  get hasPerson() {
    return Boolean(this.person);
  }

  get heading() {
    return formatLabel(LABELS.RoleProfile_Title, roleLabel(this.person.role));
  }

  get sections() {
    const p = this.profile;
    return [
      { key: "priorities", label: LABELS.RoleProfile_Priorities, text: p.priorities },
      { key: "evidence", label: LABELS.RoleProfile_Evidence, text: p.evidenceNeeds },
      { key: "approach", label: LABELS.RoleProfile_Approach, text: p.approach },
      // Blank in profiles written before the field existed: no empty heading.
      { key: "avoid", label: LABELS.RoleProfile_Avoid, text: p.whatToAvoid }
    ].filter((section) => Boolean(section.text));
  }

  get sourceText() {
    const level = this.profile.level;
    const where =
      level === "Country"
        ? formatLabel(LABELS.RoleProfile_LevelCountry, this.countryCode)
        : level === "Archetype"
          ? formatLabel(LABELS.RoleProfile_LevelArchetype, this.archetypeCode)
          : LABELS.RoleProfile_LevelGlobal;
    return formatLabel(LABELS.RoleProfile_Source, where);
  }

  get fallbackText() {
    // en_US reading an en profile is no fallback for the reader, though resolution reports one (en_US ≠ en).
    const base = (code) => String(code || "en").split(/[_-]/)[0];
    if (!this.profile.languageFallback || base(this.profile.language) === base(LANG)) return null;
    const language = LABELS[`Language_${this.profile.language}`] || this.profile.language;
    return formatLabel(LABELS.RoleProfile_Fallback, language);
  }

  handleEdit() {
    this.dispatchEvent(new CustomEvent("edit", { detail: { id: this.person.id } }));
  }

  handleClose() {
    this.dispatchEvent(new CustomEvent("close"));
  }
}
