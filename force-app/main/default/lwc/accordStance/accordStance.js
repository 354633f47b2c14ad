import { LightningElement, api } from "lwc";
import { stanceWord } from "c/accordStakeholderView";

/** Icons on a 16 × 16 grid: arrow up, arrow down, dash. Plain SVG, not lightning-icon: a chart draws 300 of them. */
const POSITIVE = { icon: "M8 13V3M3.5 7.5L8 3l4.5 4.5", className: "stance stance_positive" };
const NEGATIVE = { icon: "M8 3v10M3.5 8.5L8 13l4.5-4.5", className: "stance stance_negative" };
const NEUTRAL = { icon: "M3 8h10", className: "stance stance_neutral" };

/**
 * A stakeholder's stance as the chart and the list show it: an icon and the word in the stance's colour (never the
 * colour alone). Light DOM, so it costs a person card little and its paragraph stays in the card's tree.
 */
export default class AccordStance extends LightningElement {
  static renderMode = "light";

  /** The stance, -2 … 2. */
  @api stance;

  get look() {
    if (this.stance > 0) return POSITIVE;
    if (this.stance < 0) return NEGATIVE;
    return NEUTRAL;
  }

  get word() {
    return stanceWord(this.stance);
  }
}
