import { LightningElement, api } from "lwc";
import COMPONENTS from "accord-preview:components";

/** An app page (Lightning App Builder's one-region page) holding the bundle exposed on lightning__AppPage named by ?app=. */
export default class AppPage extends LightningElement {
  @api name;

  get page() {
    return (COMPONENTS.AppPage || []).find((c) => c.name === this.name) || null;
  }
}
