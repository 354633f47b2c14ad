import { api } from "lwc";
import getIndexCard from "@salesforce/apex/AccordCollaborationController.getIndexCard";
import { LABELS, formatLabel } from "c/accordLabels";
import AccordRecordCard from "c/accordRecordCard";
import { benchmarkView, periodView, trendView } from "./view";

/**
 * The collaboration index of an account (Account record page, plan review; desktop and phone): the customer's
 * index as the headline, the internal index and the gap, per-dimension bars side by side, the roadblocks, the
 * internal functions, the trend over the stored periods and benchmarks against the country, the archetype and all
 * accounts. Every number carries its explanation (respondents, margin, ratings, mean, weight) in a help text that
 * opens on hover and on tap. Internal figures: hidden entirely while the screen faces the customer.
 */
export default class AccordCollaborationIndex extends AccordRecordCard {
  @api
  get recordId() {
    return this.shownRecordId;
  }
  set recordId(value) {
    this.showRecord(value);
  }
  stateTexts = {
    loadingText: LABELS.CollabCard_Loading,
    errorTitle: LABELS.CollabCard_Error,
    retryLabel: LABELS.AccountSummary_Retry
  };
  card = null;
  selectedPeriod = null;

  @api
  async refresh() {
    await this.load();
  }

  request(recordId) {
    return getIndexCard({ accountId: recordId });
  }

  receive(card) {
    this.card = card;
    this.selectedPeriod = card && card.periods.length ? card.periods[0].period : null;
  }

  get loadErrorText() {
    return LABELS.CollabCard_Error;
  }

  get isEmpty() {
    return !this.isLoading && !this.error && Boolean(this.card) && this.card.periods.length === 0;
  }

  get hasResults() {
    return !this.isLoading && !this.error && Boolean(this.card) && this.card.periods.length > 0;
  }

  get current() {
    const period = this.card.periods.find((p) => p.period === this.selectedPeriod) || this.card.periods[0];
    return periodView(period, this.card.dimensions);
  }

  get hasRoadblocks() {
    return this.current.roadblocks.length > 0;
  }

  get hasFunctions() {
    return this.current.functions.length > 0;
  }

  get periodOptions() {
    return this.card.periods.map((p) => ({ label: p.period, value: p.period }));
  }

  get hasTrend() {
    return this.card.periods.length > 1;
  }

  get trend() {
    return trendView(this.card.periods);
  }

  get benchmarks() {
    return benchmarkView(this.card.benchmark);
  }

  get hasBenchmarks() {
    return this.benchmarks.length > 0;
  }

  get benchmarkHeading() {
    return formatLabel(LABELS.CollabCard_Benchmarks, this.card.benchmark ? this.card.benchmark.period : "");
  }

  handlePeriod(event) {
    this.selectedPeriod = event.detail.value;
  }
}
