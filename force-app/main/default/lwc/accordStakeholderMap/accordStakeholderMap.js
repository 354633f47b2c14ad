import { LightningElement, api } from "lwc";

export default class AccordStakeholderMap extends LightningElement {
  @api recordId;
}
