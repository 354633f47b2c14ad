import { LightningElement, api } from "lwc";
import getCustomerView from "@salesforce/apex/AccordCollaborationController.getCustomerView";
import { LABELS, formatLabel } from "c/accordLabels";

/**
 * How the customer rated the partnership, in the customer document of a plan under review or closed (the document
 * model's PARTNERSHIP section; c/accordPlanDocument decides): per dimension the customer rates, the scale's words
 * they chose with how many chose each, and their comments in their words (AccordCollaborationController
 * .getCustomerView, the customer's own answers only: nothing the team said, no score). Left out when the customer
 * has not answered in the plan's years. Then what the company will change (`response`, written at the review for the
 * customer). In the plan's language: `doc` holds the labels the document reads.
 */
export default class AccordDocumentPartnership extends LightningElement {
  /** The document's labels in the plan's language; the user's until they are loaded. */
  @api doc = LABELS;
  /** What we will change (the review's What_We_Will_Change__c), or null. */
  @api response = null;
  view = null;
  failed = false;
  _planId;

  @api
  get planId() {
    return this._planId;
  }
  set planId(value) {
    if (value === this._planId) return;
    this._planId = value;
    this.load();
  }

  async load() {
    const planId = this._planId;
    this.view = null;
    this.failed = false;
    if (!planId) return;
    try {
      const view = await getCustomerView({ planId });
      if (planId === this._planId) this.view = view;
    } catch {
      // The rest of the document stands; this section says, in the plan's language, that it cannot be shown.
      if (planId === this._planId) this.failed = true;
    }
  }

  get answered() {
    return Boolean(this.view && this.view.period && this.view.dimensions.length > 0);
  }

  get visible() {
    return this.answered || Boolean(this.response);
  }

  get intro() {
    return formatLabel(this.doc.Doc_PartnershipIntro, this.view.period);
  }

  /** Each dimension by its name in the plan's language (an admin-added one by its configured name). */
  get dimensions() {
    return this.view.dimensions.map((dimension) => ({
      code: dimension.code,
      name: this.doc[`Dimension_${dimension.code}`] || dimension.label,
      answers: dimension.ratings
        .map((step) =>
          formatLabel(this.doc.Doc_PartnershipAnswer, this.doc[`Survey_Scale_${step.rating}`], step.respondents)
        )
        .join(" · "),
      comments: dimension.comments.map((text, i) => ({ key: `${dimension.code}-${i}`, text }))
    }));
  }
}
