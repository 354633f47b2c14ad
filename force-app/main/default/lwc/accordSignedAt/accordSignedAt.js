import { LightningElement, api } from "lwc";

/**
 * When a signature was made, as Share and sign shows it wherever a signature appears (the current version's card,
 * the signature history): day, short month, year and the minute, in the user's locale and time zone.
 */
export default class AccordSignedAt extends LightningElement {
  /** The signature's signedAt (ISO date-time). */
  @api value;
}
