import AccordConfigurationConsole, { POLL_MS } from "c/accordConfigurationConsole";
import getConfigurationRecords from "@salesforce/apex/AccordConfigurationAdminController.getConfigurationRecords";
import deployConfiguration from "@salesforce/apex/AccordConfigurationAdminController.deployConfiguration";
import getDeploymentStatus from "@salesforce/apex/AccordConfigurationAdminController.getDeploymentStatus";
import getRecomputeStatus from "@salesforce/apex/AccordConfigurationAdminController.getRecomputeStatus";
import recomputeScoresNow from "@salesforce/apex/AccordConfigurationAdminController.recomputeScoresNow";
import scheduleNightly from "@salesforce/apex/AccordConfigurationAdminController.scheduleNightly";
import { byId, change, flush, mounter, resetDom, settle, expectAccessible } from "test/accordTest";

const RECORDS = require("./data/records.json");
const copy = (value) => JSON.parse(JSON.stringify(value));

const APEX = [
  "getConfigurationRecords",
  "deployConfiguration",
  "getDeploymentStatus",
  "getRecomputeStatus",
  "recomputeScoresNow",
  "scheduleNightly"
];
jest.mock(
  "@salesforce/apex/AccordConfigurationAdminController.getConfigurationRecords",
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock("@salesforce/apex/AccordConfigurationAdminController.deployConfiguration", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordConfigurationAdminController.getDeploymentStatus", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordConfigurationAdminController.getRecomputeStatus", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordConfigurationAdminController.recomputeScoresNow", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordConfigurationAdminController.scheduleNightly", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-configuration-console", AccordConfigurationConsole);
const IDLE = { running: false, lastStatus: null, lastCompletedOn: null, nightlyScheduled: false, nextRunOn: null };
const apexError = (code, message) => ({ body: { message: JSON.stringify({ code, message }) } });
const texts = (element, selector) => Array.from(element.shadowRoot.querySelectorAll(selector), (e) => e.textContent);
const click = (el) => el.dispatchEvent(new CustomEvent("click"));

async function ready() {
  getConfigurationRecords.mockResolvedValue(copy(RECORDS));
  getRecomputeStatus.mockResolvedValue(IDLE);
  const element = mount();
  await settle();
  return element;
}

describe("c-accord-configuration-console", () => {
  afterEach(() => {
    jest.useRealTimers();
    resetDom();
  });

  it("exports its poll interval and calls only the console's Apex methods", () => {
    expect(POLL_MS).toBeGreaterThanOrEqual(1000);
    expect(APEX).toHaveLength(6);
  });

  it("shows a spinner while the configuration loads", async () => {
    getConfigurationRecords.mockReturnValue(new Promise(() => {}));
    getRecomputeStatus.mockReturnValue(new Promise(() => {}));
    const element = mount();
    await flush();
    expect(byId(element, "loading")).not.toBeNull();
    expect(byId(element, "countries")).toBeNull();
    await expectAccessible(element);
  });

  it("lists the countries and the gaps with their fix", async () => {
    const element = await ready();
    expect(Array.from(element.shadowRoot.querySelectorAll("[data-country]"), (r) => r.dataset.country)).toEqual([
      "DE",
      "KR"
    ]);
    const korea = element.shadowRoot.querySelector('[data-country="KR"]');
    expect(korea.textContent).toContain("Integrated care");
    expect(korea.textContent).toContain("Not ready");
    expect(korea.textContent).toContain("Default (12)");
    // The German profile exists only in German: the gap names the role and its fix.
    expect(texts(element, '[data-id="gap"]')).toEqual([
      expect.stringMatching(/Medical Director.*DE.*no English version\. Fix: add one in English/)
    ]);
    expect(byId(element, "recompute-status").textContent).toBe(
      "No recompute has run yet. The nightly recompute is not scheduled."
    );
    await expectAccessible(element);
  });

  it("says which permission is missing when the server refuses", async () => {
    getConfigurationRecords.mockRejectedValue(apexError("NOT_PERMITTED", "You need Accord_Configure"));
    getRecomputeStatus.mockRejectedValue(apexError("NOT_PERMITTED", "You need Accord_Configure"));
    const element = mount();
    await settle();
    expect(byId(element, "load-error").textContent).toMatch(/custom permission Accord_Configure/);
    expect(byId(element, "countries")).toBeNull();
    await expectAccessible(element);
  });

  it("shows what a country inherits, and from where, in the chosen language", async () => {
    const element = await ready();
    click(element.shadowRoot.querySelector('[data-id="show-inheritance"][data-code="DE"]'));
    await settle();
    const panel = byId(element, "inheritance");
    expect(byId(element, "inherited-archetype").textContent).toBe("Hospital-led");
    expect(byId(element, "inherited-cadence").textContent).toBe("12 (Country)");
    expect(byId(element, "inherited-roles").textContent).toBe("Medical Director");
    const row = panel.querySelector('[data-role="Medical_Director"]');
    expect(row.textContent).toContain("Global model");
    change(byId(element, "inheritance-language"), "de");
    await settle();
    expect(panel.querySelector('[data-role="Medical_Director"]').textContent).toContain("Country");
    const weights = texts(element, '[data-id="inherited-weights"] tbody tr');
    expect(weights).toEqual([
      expect.stringMatching(/Access.*60.*Global model/),
      expect.stringMatching(/Strategic fit.*40/)
    ]);
    await expectAccessible(element);
  });

  it("adds a country: checks it, deploys it, shows the status until it finishes, then what it inherits", async () => {
    jest.useFakeTimers();
    getConfigurationRecords.mockResolvedValue(copy(RECORDS));
    getRecomputeStatus.mockResolvedValue(IDLE);
    const element = mount();
    await jest.runOnlyPendingTimersAsync();
    click(byId(element, "add-country"));
    await Promise.resolve();
    change(byId(element, "country-code"), "pt");
    change(byId(element, "country-name"), "Portugal");
    change(byId(element, "country-archetype"), "INTEG");
    change(byId(element, "country-cadence"), "6");
    await Promise.resolve();
    deployConfiguration.mockResolvedValue({
      deploymentId: "0Af000000000001AAA",
      status: "Queued",
      errors: [],
      recordCount: 1
    });
    click(byId(element, "save-country"));
    await Promise.resolve();
    await Promise.resolve();
    const sent = JSON.parse(deployConfiguration.mock.calls[0][0].recordsJson);
    expect(sent).toEqual([
      {
        type: "Country_Setting",
        developerName: "PT",
        label: "Portugal",
        values: {
          Country_Code__c: "PT",
          Archetype__c: "INTEG",
          Kam_Readiness__c: "Developing",
          Pull_Through_Strategy__c: null,
          Review_Cadence_Months__c: "6"
        }
      }
    ]);
    await Promise.resolve();
    expect(byId(element, "deployment-text").textContent).toMatch(/Saving 1 record/);
    expect(byId(element, "inheritance").textContent).toContain("PT");

    getDeploymentStatus.mockResolvedValue({
      deploymentId: "0Af000000000001AAA",
      status: "Succeeded",
      errors: [],
      recordCount: null
    });
    getConfigurationRecords.mockResolvedValue([...copy(RECORDS), ...sent]);
    await jest.advanceTimersByTimeAsync(POLL_MS);
    await jest.runOnlyPendingTimersAsync();
    expect(getDeploymentStatus).toHaveBeenCalledWith({ deploymentId: "0Af000000000001AAA" });
    expect(byId(element, "deployment-text").textContent).toBe("Saved: the configuration is deployed.");
    expect(element.shadowRoot.querySelector('[data-country="PT"]')).not.toBeNull();
    expect(byId(element, "inherited-archetype").textContent).toBe("Integrated care");
  });

  it("a weights-sum error blocks the save and says what to change", async () => {
    const element = await ready();
    const [access] = element.shadowRoot.querySelectorAll('[data-id="criterion-weight"]');
    change(access, "55");
    await flush();
    expect(byId(element, "weight-total").textContent).toBe("Total: 95 of 100");
    click(byId(element, "save-selection"));
    await settle();
    expect(deployConfiguration).not.toHaveBeenCalled();
    expect(texts(element, '[data-id="issues"] li')).toEqual([
      "Selection_Criterion: the criterion weights add up to 95; change them so they add up to 100.",
      "Healthcare_Archetype.HOSP: the criterion weights add up to 95; change them so they add up to 100."
    ]);
    await expectAccessible(element);
  });

  it("shows a deployment the platform refused with each record's problem", async () => {
    jest.useFakeTimers();
    getConfigurationRecords.mockResolvedValue(copy(RECORDS));
    getRecomputeStatus.mockResolvedValue(IDLE);
    const element = mount();
    await jest.runOnlyPendingTimersAsync();
    change(element.shadowRoot.querySelector('[data-id="tier-b"]'), "50");
    deployConfiguration.mockResolvedValue({ deploymentId: "0Af1", status: "Queued", errors: [], recordCount: 1 });
    getDeploymentStatus.mockResolvedValue({
      deploymentId: "0Af1",
      status: "Failed",
      errors: ["Accord_Scoring_Setting.Default: insufficient access"],
      recordCount: null
    });
    click(byId(element, "save-selection"));
    await jest.advanceTimersByTimeAsync(POLL_MS);
    await jest.runOnlyPendingTimersAsync();
    expect(JSON.parse(deployConfiguration.mock.calls[0][0].recordsJson)[0].values.Tier_B_Threshold__c).toBe("50");
    expect(byId(element, "deployment-text").textContent).toBe("Not saved: Salesforce refused the deployment.");
    expect(texts(element, '[data-id="deployment-errors"] li')).toEqual([
      "Accord_Scoring_Setting.Default: insufficient access"
    ]);
  });

  it("shows the server's refusal in words and keeps the form", async () => {
    const element = await ready();
    click(element.shadowRoot.querySelector('[data-id="edit-country"][data-key="KR"]'));
    await flush();
    expect(byId(element, "country-code").disabled).toBe(true);
    change(byId(element, "country-readiness"), "Developing");
    deployConfiguration.mockRejectedValue(
      apexError("NOT_PERMITTED", "You need the custom permission Accord_Configure.")
    );
    click(byId(element, "save-country"));
    await settle();
    expect(texts(element, '[data-id="issues"] li')).toEqual(["You need the custom permission Accord_Configure."]);
    expect(byId(element, "country-form")).not.toBeNull();
  });

  it("imports CSV files: every problem with its file and line, nothing deployed", async () => {
    const element = await ready();
    const { configurationCsvColumns } = require("c/accordConfigCore");
    const columns = configurationCsvColumns("Country_Setting");
    const header = `${columns.join(",")}\r\n`;
    const blanks = ",".repeat(columns.length - 7);
    const input = byId(element, "import");
    Object.defineProperty(input, "files", {
      value: [
        {
          name: "Country_Setting.csv",
          text: () =>
            Promise.resolve(
              `${header}FR,France,FR,HOSP,Maybe,,12${blanks}\r\nIT,Italy,IT,NOPE,Developing,,12${blanks}\r\n`
            )
        }
      ]
    });
    input.dispatchEvent(new CustomEvent("change"));
    await settle();
    expect(deployConfiguration).not.toHaveBeenCalled();
    expect(texts(element, '[data-id="issues"] li')).toEqual([
      expect.stringMatching(/^Country_Setting\.csv, line 2: Country_Setting\.FR: Kam_Readiness__c must be one of/),
      expect.stringMatching(/^Country_Setting\.csv, line 3: Country_Setting\.IT: Archetype__c names NOPE/)
    ]);
  });

  it("imports CSV files that hold no change without deploying", async () => {
    const element = await ready();
    const { exportConfigurationCsv } = require("c/accordConfigCore");
    const files = exportConfigurationCsv(RECORDS).map((f) => ({ name: f.name, text: () => Promise.resolve(f.text) }));
    const input = byId(element, "import");
    Object.defineProperty(input, "files", { value: files });
    input.dispatchEvent(new CustomEvent("change"));
    await settle();
    expect(deployConfiguration).not.toHaveBeenCalled();
    expect(byId(element, "notice").textContent).toBe("The files hold no change: nothing to save.");
  });

  it("exports one CSV file per type", async () => {
    const element = await ready();
    const clicked = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function recordClick() {
      clicked.push(this.download);
    };
    try {
      click(byId(element, "export"));
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).toHaveLength(8);
    expect(clicked).toContain("Country_Setting.csv");
  });

  it("starts the recompute and shows a refusal in words", async () => {
    const element = await ready();
    recomputeScoresNow.mockResolvedValue({ ...IDLE, running: true });
    click(byId(element, "recompute-now"));
    await settle();
    expect(byId(element, "recompute-status").textContent).toMatch(/^A recompute is running\./);
    expect(byId(element, "recompute-now").disabled).toBe(true);
    scheduleNightly.mockRejectedValue(apexError("ALREADY_SCHEDULED", "The nightly recompute is already scheduled."));
    click(byId(element, "schedule-nightly"));
    await settle();
    expect(byId(element, "recompute-error").textContent).toBe("The nightly recompute is already scheduled.");
    await expectAccessible(element);
  });
});
