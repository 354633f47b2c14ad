import AccordCollaborationIndex from "c/accordCollaborationIndex";
import getIndexCard from "@salesforce/apex/AccordCollaborationController.getIndexCard";
import { subscribe } from "lightning/messageService";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";
import { settle, byId, mounter, resetDom, expectAccessible } from "test/accordTest";
import { benchmarkView, pluralForm } from "../view";

const FULL = require("./data/full.json");
const PROVISIONAL = require("./data/provisional.json");
const TREND = require("./data/trend.json");
const EMPTY = require("./data/empty.json");

jest.mock("@salesforce/apex/AccordCollaborationController.getIndexCard", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-collaboration-index", AccordCollaborationIndex, { recordId: "001000000000001AAA" });
const texts = (element, selector) =>
  [...element.shadowRoot.querySelectorAll(selector)].map((e) => e.textContent.trim());

describe("c-accord-collaboration-index", () => {
  afterEach(() => {
    window.sessionStorage.clear();
    resetDom();
  });

  it("no data: says how results come, and shows no figure", async () => {
    getIndexCard.mockResolvedValue(EMPTY);
    const element = mount();
    await settle();
    expect(getIndexCard).toHaveBeenCalledWith({ accountId: "001000000000001AAA" });
    expect(byId(element, "empty").textContent).toContain("No submitted assessments yet");
    expect(byId(element, "customer-index")).toBeNull();
    await expectAccessible(element);
  });

  it("provisional: the headline with its margin, and the help says how many respondents are missing", async () => {
    getIndexCard.mockResolvedValue(PROVISIONAL);
    const element = mount();
    await settle();
    expect(byId(element, "customer-index").textContent).toBe("25");
    expect(byId(element, "provisional").textContent).toContain("Provisional ± 98");
    const help = byId(element, "provisional").querySelector("lightning-helptext");
    expect(help.content).toBe("1 of the 3 customer respondents needed for a firm index.");
    expect(byId(element, "customer-tip").content).toBe("1 respondents · ± 98 points");
    expect(byId(element, "no-roadblocks")).not.toBeNull();
    expect(byId(element, "trend")).toBeNull();
    // One account: the singular (Accord_CollabCard_BenchmarkLine_one), never "1 accounts".
    expect(texts(element, "[data-scope]")).toEqual(["All accountsPercentile 50 · median 25 · 1 account"]);
    await expectAccessible(element);
  });

  it("full: headline, internal index, gap, bars side by side, roadblocks, lowest function and benchmarks", async () => {
    getIndexCard.mockResolvedValue(FULL);
    const element = mount();
    await settle();
    expect(byId(element, "customer-index").textContent).toBe("52.1");
    expect(byId(element, "provisional")).toBeNull();
    expect(byId(element, "internal-index").textContent).toBe("66.7");
    expect(byId(element, "gap-value").textContent).toBe("+14.6");

    const trust = element.shadowRoot.querySelector('[data-code="Trust_Transparency"]');
    expect(trust.textContent).toContain("Trust and transparency");
    expect(trust.querySelector('[data-id="dimension-customer"]').textContent).toBe("37.5");
    expect(trust.querySelector('[data-id="dimension-internal"]').textContent).toBe("75");
    expect(trust.querySelector('[data-id="dimension-gap"]').textContent).toBe("Gap +37.5");
    expect(trust.querySelector(".bar-customer").style.width).toBe("37.5%");
    // Every number explains itself: respondents (ratings), mean and weight.
    expect(trust.querySelector("lightning-helptext").content).toBe(
      "Customer index: 37.5 from 4 ratings (mean 2.5 of 5), weight 20 · Internal index: 75 from 4 ratings (mean 4 of 5), weight 20"
    );
    // A dimension an admin added has no translation: its configured label shows.
    expect(element.shadowRoot.querySelector('[data-code="Custom_Dim"]').textContent).toContain("Admin-added dimension");

    expect(texts(element, "[data-kind]")).toEqual([
      "The customer rates Trust and transparency at 37.5, under 50.",
      "Trust and transparency: the team rates 75, the customer 37.5.",
      "Market Access rates the partnership lowest: 41.7 (highest function 83.3)."
    ]);
    expect(texts(element, '[data-id="functions"] .bar-value')).toEqual(["41.7", "70", "83.3"]);
    // The archetype by its configured name, not its code.
    expect(texts(element, "[data-scope] dt")).toEqual([
      "Country Germany (DE)",
      "Archetype Social health insurance (Bismarck)",
      "All accounts"
    ]);
    expect(element.shadowRoot.querySelector('[data-scope="country"] dd').textContent).toBe(
      "Percentile 62.5 · median 48.5 · 12 accounts"
    );
    await expectAccessible(element);
  });

  it("trend: the periods oldest first, and another period can be opened", async () => {
    getIndexCard.mockResolvedValue(TREND);
    const element = mount();
    await settle();
    expect(texts(element, '[data-id="trend"] li span.slds-text-body_small')).toEqual([
      "2024: customer 40.5, internal 72",
      "2025: customer 45, internal 70",
      "2026: customer 52.1, internal 66.7"
    ]);
    const picker = byId(element, "period");
    expect(picker.value).toBe("2026");
    picker.dispatchEvent(new CustomEvent("change", { detail: { value: "2024" } }));
    await settle();
    expect(byId(element, "customer-index").textContent).toBe("40.5");
    expect(byId(element, "gap-value").textContent).toBe("+31.5");
    await expectAccessible(element);
  });

  it("an error is shown with a retry that loads again", async () => {
    getIndexCard.mockRejectedValueOnce({ body: { message: JSON.stringify({ message: "No access", code: "X" }) } });
    const element = mount();
    await settle();
    expect(byId(element, "error").textContent).toContain("No access");
    getIndexCard.mockResolvedValue(FULL);
    byId(element, "retry").click();
    await settle();
    expect(byId(element, "customer-index").textContent).toBe("52.1");
  });

  it("hides everything while the screen faces the customer", async () => {
    getIndexCard.mockResolvedValue(FULL);
    const element = mount();
    await settle();
    const listener = subscribe.mock.calls.find(([, channel]) => channel === CUSTOMER_MODE)[2];
    listener({ on: true });
    await settle();
    expect(element.shadowRoot.querySelector("lightning-card")).toBeNull();
    listener({ on: false });
    await settle();
    expect(byId(element, "customer-index").textContent).toBe("52.1");
  });

  it("a stored details text that cannot be read shows the indices without parts", async () => {
    const broken = { ...FULL, periods: [{ ...FULL.periods[0], details: "{not json" }], benchmark: null };
    getIndexCard.mockResolvedValue(broken);
    const element = mount();
    await settle();
    expect(byId(element, "customer-index").textContent).toBe("52.1");
    expect(texts(element, "[data-code]")).toEqual([]);
    expect(byId(element, "benchmarks")).toBeNull();
  });

  it("benchmark counts take the plural of the user's language; an archetype without a name shows its code", () => {
    const group = (accounts, label = null) => ({ key: "NSP", label, accounts, median: 40, percentile: 50 });
    const lines = (language, accounts) =>
      benchmarkView({ period: "2026", country: null, archetype: group(accounts), all: group(accounts) }, language);
    expect(pluralForm(1, "en-US")).toBe("one");
    expect(pluralForm(0, "en-US")).toBe("other");
    expect(pluralForm(0, "fr")).toBe("one");
    expect(pluralForm(1, "ja")).toBe("other");
    expect(lines("en-US", 1)[1].text).toBe("Percentile 50 · median 40 · 1 account");
    expect(lines("en-US", 2)[1].text).toBe("Percentile 50 · median 40 · 2 accounts");
    expect(lines("en-US", 0)[1].text).toBe("Percentile 50 · median 40 · 0 accounts");
    expect(lines("en-US", 2)[0].name).toBe("Archetype NSP");
    expect(pluralForm(2, "not a language")).toBe("other");
    expect(pluralForm(1, "not a language")).toBe("one");
  });
});
