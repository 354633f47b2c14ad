/**
 * A wire adapter that reports its config's `recordId` each time it is set or changes:
 * `@wire(recordIdSet, { recordId: "$recordId" }) onRecordId(recordId) {…}` runs when the component connects and
 * again whenever the page sets another record, as an LDS wire on `$recordId` would — for a load that is an
 * imperative Apex call (c/accordRecordCard).
 */
export class recordIdSet {
  constructor(report) {
    this.report = report;
  }

  update(config) {
    this.report(config.recordId);
  }

  connect() {}

  disconnect() {}
}
