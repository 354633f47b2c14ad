import { LightningElement, api } from "lwc";

export default class AccordStakeholderCoverage extends LightningElement {
  @api recordId;
}
