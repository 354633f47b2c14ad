import AccordKeyAccountPortfolio from "c/accordKeyAccountPortfolio";
import getPortfolio from "@salesforce/apex/AccordKeyAccountPortfolioController.getPortfolio";
import recordNomination from "@salesforce/apex/AccordKeyAccountPortfolioController.recordNomination";
import {
  loadingState,
  unanswered,
  byId,
  change,
  typeInto,
  mounter,
  resetDom,
  settle,
  expectAccessible
} from "test/accordTest";

jest.mock("@salesforce/apex/AccordKeyAccountPortfolioController.getPortfolio", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordKeyAccountPortfolioController.recordNomination", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-key-account-portfolio", AccordKeyAccountPortfolio);
const account = (accountId, accountName, more = {}) => ({
  accountId,
  accountName,
  countryCode: "DE",
  archetypeCode: "HOSP",
  archetypeLabel: "Hospital-centred",
  tier: "A",
  priorityScore: 80,
  collaborationIndex: 70,
  planId: null,
  planStatus: null,
  periodStart: null,
  periodEnd: null,
  keyAccount: false,
  ...more
});
const CHARITE = account("001A", "Charité", {
  keyAccount: true,
  planId: "a01A",
  planStatus: "In Review",
  periodStart: "2026-01-01",
  periodEnd: "2026-12-31"
});
const LYON = account("001B", "CHU Lyon", {
  countryCode: "FR",
  archetypeCode: "NSP",
  archetypeLabel: "National payer",
  tier: "B",
  priorityScore: 62.5,
  collaborationIndex: 35
});
const SEOUL = account("001C", "Seoul Asan", {
  countryCode: "KR",
  archetypeCode: null,
  archetypeLabel: null,
  tier: null,
  priorityScore: null,
  collaborationIndex: null
});
const NOMINATED = {
  id: "a0N1",
  accountId: "001A",
  action: "Nominate",
  reason: "Largest oncology centre in Berlin",
  effectiveDate: "2025-02-01",
  recordedByName: "Jana Weber",
  recordedAt: "2025-02-01T09:00:00.000Z"
};
const portfolio = (more = {}) => ({
  accounts: [CHARITE, LYON, SEOUL],
  nominations: [NOMINATED],
  canNominate: true,
  truncated: false,
  ...more
});
const rowNames = (element) =>
  [...element.shadowRoot.querySelectorAll('[data-id="row-name"]')].map((cell) => cell.textContent);
const rowOf = (element, accountId) =>
  element.shadowRoot.querySelector(`[data-id="account-row"][data-account="${accountId}"]`);
const click = (el) => el.dispatchEvent(new CustomEvent("click"));
const typeReason = (element, value) => typeInto(byId(element, "reason"), value);

describe("c-accord-key-account-portfolio", () => {
  afterEach(resetDom);

  it("says it is loading while the portfolio is read", async () => {
    getPortfolio.mockReturnValue(unanswered());
    expect(await loadingState(mount(), (element) => byId(element, "loading"))).not.toBeNull();
  });

  it("shows a read error in words and reads again on Try again", async () => {
    getPortfolio
      .mockRejectedValueOnce({ body: { message: JSON.stringify({ code: "UNEXPECTED", message: "No access." }) } })
      .mockResolvedValueOnce(portfolio());
    const element = mount();
    await settle();
    expect(byId(element, "error").textContent).toContain("The portfolio could not be loaded: No access.");
    await expectAccessible(element);
    click(byId(element, "retry"));
    await settle();
    expect(byId(element, "error")).toBeNull();
    expect(rowNames(element)).toEqual(["Charité", "CHU Lyon", "Seoul Asan"]);
  });

  it("says when there is no account at all", async () => {
    getPortfolio.mockResolvedValue(portfolio({ accounts: [], nominations: [] }));
    const element = mount();
    await settle();
    expect(byId(element, "empty").textContent).toContain("No accounts yet.");
    expect(byId(element, "accounts-table")).toBeNull();
    await expectAccessible(element);
  });

  it("lists accounts by priority with tier, scores, quadrant, plan and key-account status, and places them", async () => {
    getPortfolio.mockResolvedValue(portfolio());
    const element = mount();
    await settle();
    expect(getPortfolio).toHaveBeenCalledWith({});
    const charite = rowOf(element, "001A");
    expect(charite.querySelector('[data-id="row-country"]').textContent).toBe("Germany (DE)");
    expect(charite.querySelector('[data-id="row-tier"]').textContent).toBe("A");
    expect(charite.querySelector('[data-id="row-priority"]').textContent).toBe("80");
    expect(charite.querySelector('[data-id="row-quadrant"]').textContent).toBe("Invest");
    expect(charite.querySelector('[data-id="row-plan"]').textContent).toBe("In Review");
    expect(charite.querySelector('[data-id="row-key"]').textContent).toBe("Yes");
    expect(rowOf(element, "001B").querySelector('[data-id="row-quadrant"]').textContent).toBe("Develop");
    expect(rowOf(element, "001B").querySelector('[data-id="row-priority"]').textContent).toBe("62.5");
    expect(rowOf(element, "001C").querySelector('[data-id="row-quadrant"]').textContent).toBe(
      "Not placed (score missing)"
    );
    expect(rowOf(element, "001C").querySelector('[data-id="row-plan"]').textContent).toBe("No plan");
    // Two points (Seoul has no scores), each named in words; the quadrants carry their words too.
    const points = element.shadowRoot.querySelectorAll('[data-id="point"]');
    expect([...points].map((p) => p.getAttribute("aria-label"))).toEqual([
      "Charité: priority 80, collaboration index 70, Invest",
      "CHU Lyon: priority 62.5, collaboration index 35, Develop"
    ]);
    expect(points[1].getAttribute("style")).toContain("left: 62.5%");
    expect([...element.shadowRoot.querySelectorAll('[data-id="quadrant-label"]')].map((q) => q.textContent)).toEqual([
      "Maintain",
      "Invest",
      "Reconsider",
      "Develop"
    ]);
    expect(byId(element, "unplaced").textContent).toContain(": 1");
    expect(byId(element, "matrix-help").textContent).toContain("From 50 a score counts as high.");
    await expectAccessible(element);
  });

  it("filters by country, archetype, tier and key-account status, and says when nothing matches", async () => {
    getPortfolio.mockResolvedValue(portfolio());
    const element = mount();
    await settle();
    // Countries by their names in the user's language, sorted by name; the filter's values stay the codes.
    expect(byId(element, "filter-country").options.map((o) => o.label)).toEqual([
      "All",
      "France (FR)",
      "Germany (DE)",
      "South Korea (KR)"
    ]);
    expect(byId(element, "filter-country").options.map((o) => o.value)).toEqual(["", "FR", "DE", "KR"]);
    expect(byId(element, "filter-archetype").options.map((o) => o.label)).toEqual([
      "All",
      "Hospital-centred",
      "National payer",
      "None"
    ]);
    change(byId(element, "filter-country"), "FR");
    await settle();
    expect(rowNames(element)).toEqual(["CHU Lyon"]);
    change(byId(element, "filter-country"), "");
    change(byId(element, "filter-archetype"), "__none");
    await settle();
    expect(rowNames(element)).toEqual(["Seoul Asan"]);
    change(byId(element, "filter-archetype"), "");
    change(byId(element, "filter-key"), "key");
    await settle();
    expect(rowNames(element)).toEqual(["Charité"]);
    change(byId(element, "filter-tier"), "B");
    await settle();
    expect(byId(element, "filtered-none").textContent).toContain("No account matches these filters.");
    expect(byId(element, "accounts-table")).toBeNull();
    await expectAccessible(element);
    click(byId(element, "clear-filters"));
    await settle();
    expect(rowNames(element)).toEqual(["Charité", "CHU Lyon", "Seoul Asan"]);
  });

  it("opens an account's history from its matrix point, latest first, and closes it", async () => {
    const retired = { ...NOMINATED, id: "a0N0", action: "Retire", effectiveDate: "2024-06-01", reason: "Merger" };
    getPortfolio.mockResolvedValue(portfolio({ nominations: [retired, NOMINATED] }));
    const element = mount();
    await settle();
    click(element.shadowRoot.querySelector('[data-id="point"]'));
    await settle();
    expect(byId(element, "history").querySelector("h2").textContent).toBe("Key-account history: Charité");
    const entries = element.shadowRoot.querySelectorAll('[data-id="history-entry"]');
    expect([...entries].map((e) => e.querySelector('[data-id="entry-decision"]').textContent)).toEqual([
      "Nominate",
      "Retire"
    ]);
    expect(entries[0].querySelector('[data-id="entry-reason"]').textContent).toBe("Largest oncology centre in Berlin");
    await expectAccessible(element);
    click(byId(element, "close-history"));
    await settle();
    expect(byId(element, "history")).toBeNull();
  });

  it("nominates with a reason: sends the request, then shows the new status and the entry in the history", async () => {
    getPortfolio.mockResolvedValue(portfolio());
    const entry = {
      ...NOMINATED,
      id: "a0N2",
      accountId: "001B",
      reason: "Regional reference centre",
      effectiveDate: "2026-03-01"
    };
    recordNomination.mockResolvedValue({ accountId: "001B", keyAccount: true, nominations: [entry] });
    const element = mount();
    await settle();
    click(rowOf(element, "001B").querySelector('[data-id="row-action"]'));
    await settle();
    expect(byId(element, "history-empty").textContent).toBe("No nomination or retirement recorded yet.");
    expect(byId(element, "form").querySelector("h3").textContent).toBe("Nominate CHU Lyon as a key account");
    await expectAccessible(element);
    typeReason(element, "Regional reference centre");
    change(byId(element, "effective-date"), "2026-03-01");
    click(byId(element, "save"));
    await settle();
    expect(JSON.parse(recordNomination.mock.calls[0][0].requestJson)).toEqual({
      accountId: "001B",
      action: "Nominate",
      reason: "Regional reference centre",
      effectiveDate: "2026-03-01"
    });
    expect(byId(element, "saved").textContent).toBe("CHU Lyon is now a key account.");
    expect(byId(element, "form")).toBeNull();
    expect(rowOf(element, "001B").querySelector('[data-id="row-key"]').textContent).toBe("Yes");
    expect(byId(element, "history").querySelectorAll('[data-id="history-entry"]')).toHaveLength(1);
    await expectAccessible(element);
  });

  it("refuses a retirement without a reason before sending anything", async () => {
    getPortfolio.mockResolvedValue(portfolio());
    const element = mount();
    await settle();
    click(rowOf(element, "001A").querySelector('[data-id="row-action"]'));
    await settle();
    expect(byId(element, "form").querySelector("h3").textContent).toBe("Retire Charité as a key account");
    typeReason(element, "   ");
    click(byId(element, "save"));
    await settle();
    expect(recordNomination).not.toHaveBeenCalled();
    expect(byId(element, "form-error").textContent).toBe("Say why the account is nominated or retired.");
    await expectAccessible(element);
    click(byId(element, "cancel"));
    await settle();
    expect(byId(element, "form")).toBeNull();
  });

  it("shows the server's refusal in words and keeps the form", async () => {
    getPortfolio.mockResolvedValue(portfolio());
    recordNomination.mockRejectedValue({
      body: { message: JSON.stringify({ code: "NOT_A_KEY_ACCOUNT", message: "This account is not a key account." }) }
    });
    const element = mount();
    await settle();
    click(rowOf(element, "001B").querySelector('[data-id="row-history"]'));
    await settle();
    click(byId(element, "open-form"));
    await settle();
    typeReason(element, "Strategic fit");
    click(byId(element, "save"));
    await settle();
    expect(byId(element, "form-error").textContent).toBe("This account is not a key account.");
    expect(byId(element, "form")).not.toBeNull();
  });

  it("without create access shows no nominate or retire button and says which permission set is needed", async () => {
    getPortfolio.mockResolvedValue(portfolio({ canNominate: false, truncated: true }));
    const element = mount();
    await settle();
    expect(byId(element, "read-only").textContent).toContain("Accord Plan Manager");
    expect(byId(element, "truncated").textContent).toBe(
      "Only the first 3 accounts are shown: use a report for the rest."
    );
    expect(byId(element, "row-action")).toBeNull();
    click(byId(element, "row-history"));
    await settle();
    expect(byId(element, "open-form")).toBeNull();
    await expectAccessible(element);
  });
});
