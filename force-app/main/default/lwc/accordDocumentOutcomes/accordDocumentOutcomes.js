import { LightningElement, api } from "lwc";
import { compareSequenceThenKey, deliveryRates, initiativeSuccess } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { labelNameOf } from "c/accordPlanView";

/** A share 0..1 as a whole percent, or null. */
const percent = (rate) => (rate === null || rate === undefined ? null : Math.round(rate * 100));

/**
 * The review's outcomes in the customer document of a plan under review or closed: per initiative whether its
 * success measure was achieved, the result and the customer's comment, each commitment's outcome, the delivery
 * rate per party and the initiatives' success rate (accordCore), and the customer's feedback at the review.
 * In the plan's language: `doc` holds the labels the document reads (c/accordPlanDocument loads them).
 */
export default class AccordDocumentOutcomes extends LightningElement {
  @api plan;
  /** The document's labels in the plan's language; the user's until they are loaded. */
  @api doc = LABELS;

  /** Which plans show outcomes is the document model's rule (its OUTCOMES section): c/accordPlanDocument decides. */
  get visible() {
    return Boolean(this.plan) && this.plan.initiatives.length > 0;
  }

  label(prefix, value) {
    return value ? this.doc[labelNameOf(prefix, value)] || value : this.doc.Common_NotSet;
  }

  get initiatives() {
    return [...this.plan.initiatives].sort(compareSequenceThenKey).map((initiative) => ({
      key: initiative.key,
      title: initiative.title,
      outcome: this.label("Success", initiative.successOutcome),
      result: initiative.successResult || null,
      comment: initiative.customerComment || null,
      commitments: [...initiative.commitments]
        .filter((commitment) => commitment.status !== "Cancelled")
        .sort(compareSequenceThenKey)
        .map((commitment) => ({
          key: commitment.key,
          description: commitment.description,
          outcome: this.label("Outcome", commitment.reviewOutcome),
          party: this.label("Party", commitment.party)
        }))
    }));
  }

  /** Delivery per party and the initiatives' success, as lines in the plan's language. */
  get rateLines() {
    let delivery;
    let success;
    try {
      delivery = deliveryRates(this.plan);
      success = initiativeSuccess(this.plan);
    } catch {
      return [];
    }
    const lines = ["Company", "Customer"]
      .filter((party) => delivery[party].rate !== null)
      .map((party) => ({
        key: party,
        text: formatLabel(this.doc.Doc_DeliveryLine, this.label("Party", party), percent(delivery[party].rate))
      }));
    if (success.rate !== null) {
      lines.push({ key: "initiatives", text: formatLabel(this.doc.Doc_SuccessLine, percent(success.rate)) });
    }
    return lines;
  }

  /** The customer's words at the latest review that recorded feedback (the 12-month review closes the plan). */
  get customerFeedback() {
    const reviews = (this.plan.reviews || []).filter((review) => review.customerFeedback);
    return reviews.length > 0 ? reviews[reviews.length - 1].customerFeedback : null;
  }
}
