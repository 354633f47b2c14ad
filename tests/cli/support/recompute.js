"use strict";
// The recompute as an org runs it, for the loopback org: executeAnonymous of "AccordRecomputeBatch.enqueue();"
// (Tooling API, ExecuteAnonymousResult:
// https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_executeanonymousresult.htm)
// queues the first phase's batch job (AsyncApexJob); every status query the CLI makes advances the run by one
// batch; a finished phase queues the next; after the last, Accord_Log__c gets failures and RECOMPUTE_FINISHED.

function recomputeSimulator(
  org,
  { phases = 4, batchesPerPhase = 2, failedAccounts = [], failPhase = null, refuse = null }
) {
  const jobs = (org.records.AsyncApexJob ??= []);
  const logs = (org.records.Accord_Log__c ??= []);
  const apexClass = { Id: "01p000000000001AAA", Name: "AccordRecomputeBatch" };
  (org.records.ApexClass ??= []).push(apexClass);
  let phase = 0;
  const state = { started: 0 };
  const queue = () => {
    phase++;
    jobs.push({
      Id: `707${String(jobs.length + 1).padStart(12, "0")}AAA`,
      ApexClassId: apexClass.Id,
      JobType: "BatchApex",
      Status: "Queued",
      JobItemsProcessed: 0,
      TotalJobItems: batchesPerPhase,
      NumberOfErrors: 0,
      ExtendedStatus: null,
      CreatedDate: `2026-01-15T10:00:0${phase}.000+0000`
    });
    org.indexes.clear();
  };
  const advance = () => {
    const job = jobs.find((j) => ["Queued", "Processing"].includes(j.Status));
    if (!job) return;
    if (failPhase === phase) {
      Object.assign(job, { Status: "Failed", ExtendedStatus: "First error: Apex CPU time limit exceeded" });
    } else if (job.Status === "Queued") job.Status = "Processing";
    else if (++job.JobItemsProcessed >= job.TotalJobItems) {
      job.Status = "Completed";
      if (phase < phases) queue();
      else {
        for (const accountId of failedAccounts) {
          logs.push({
            Id: `a0L${logs.length}`,
            Source__c: "AccordRecomputeBatch",
            Code__c: "INVALID_RATING",
            Message__c: "Rating 7 is out of range",
            Record_Id__c: accountId
          });
        }
        const updated = 10 - failedAccounts.length;
        logs.push({
          Id: `a0L${logs.length}`,
          Source__c: "AccordRecomputeBatch",
          Code__c: "RECOMPUTE_FINISHED",
          Message__c: `${updated} accounts updated, 3 unchanged, ${failedAccounts.length} failed`,
          Record_Id__c: null
        });
      }
    }
    org.indexes.clear();
  };
  org.route((req, body, url) => {
    if (url.pathname.endsWith("/tooling/executeAnonymous/") || url.pathname.endsWith("/tooling/executeAnonymous")) {
      const source = url.searchParams.get("anonymousBody");
      if (source !== "AccordRecomputeBatch.enqueue();") {
        return {
          status: 200,
          body: {
            line: 1,
            column: 1,
            compiled: false,
            success: false,
            compileProblem: `unexpected: ${source}`,
            exceptionStackTrace: null,
            exceptionMessage: null
          }
        };
      }
      if (refuse) {
        return {
          status: 200,
          body: {
            line: 30,
            column: 1,
            compiled: true,
            success: false,
            compileProblem: null,
            exceptionStackTrace: "Class.AccordRecomputeBatch.enqueue: line 30",
            exceptionMessage: refuse
          }
        };
      }
      state.started++;
      queue();
      return {
        status: 200,
        body: {
          line: -1,
          column: -1,
          compiled: true,
          success: true,
          compileProblem: null,
          exceptionStackTrace: null,
          exceptionMessage: null
        }
      };
    }
    if (
      url.pathname.endsWith("/query") &&
      /FROM AsyncApexJob/.test(url.searchParams.get("q") ?? "") &&
      /JobItemsProcessed/.test(url.searchParams.get("q"))
    ) {
      advance();
    }
    return null;
  });
  return state;
}

module.exports = { recomputeSimulator };
