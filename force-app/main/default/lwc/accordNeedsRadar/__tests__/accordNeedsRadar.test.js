import AccordNeedsRadar, { PAGE_SIZE } from "c/accordNeedsRadar";
import getNeedSignals from "@salesforce/apex/AccordNeedsRadarController.getNeedSignals";
import { loadingState, unanswered, byId, change, mounter, resetDom, settle, expectAccessible } from "test/accordTest";

jest.mock("@salesforce/apex/AccordNeedsRadarController.getNeedSignals", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-needs-radar", AccordNeedsRadar);
const signal = (id, accountId, countryCode, verbatim, decision, theme = "Education", periodStart = "2026-01-01") => ({
  id,
  accountId,
  accountName: `Account ${accountId}`,
  countryCode,
  theme,
  verbatim,
  decision,
  periodStart
});
const PAGE_1 = [
  signal("a1", "001A", "DE", "We need training for nurses on the new infusion protocol", "Decline"),
  signal("a2", "001B", "FR", "We need training for nurses on the new infusion protocol.", "Defer")
];
const PAGE_2 = [
  signal("a3", "001C", "DE", "We need training for the nurses on the new infusion protocol", "Commit"),
  signal("a4", "001C", "DE", "Faster biomarker results after the tumour board", "Pending", "Care pathway", "2025-01-01")
];

describe("c-accord-needs-radar", () => {
  afterEach(resetDom);

  it("shows how many needs it has read while it reads", async () => {
    getNeedSignals.mockReturnValue(unanswered());
    expect(await loadingState(mount(), (element) => byId(element, "loading"))).not.toBeNull();
  });

  it("reads every page, then groups the needs across accounts with their decision mix", async () => {
    getNeedSignals
      .mockResolvedValueOnce({ signals: PAGE_1, nextAfterId: "a2" })
      .mockResolvedValueOnce({ signals: PAGE_2, nextAfterId: null });
    const element = mount();
    await settle();
    expect(getNeedSignals.mock.calls).toEqual([
      [{ afterId: null, pageSize: PAGE_SIZE }],
      [{ afterId: "a2", pageSize: PAGE_SIZE }]
    ]);
    expect(byId(element, "summary").textContent).toBe("2 groups from 4 needs at 3 accounts");
    const [training] = element.shadowRoot.querySelectorAll('[data-id="group"]');
    expect(training.querySelector('[data-id="group-needs"]').textContent).toBe("3");
    expect(training.querySelector('[data-id="group-accounts"]').textContent).toBe("3");
    expect(training.querySelector('[data-id="group-countries"]').textContent).toBe("DE, FR");
    expect(training.querySelector('[data-id="group-mix"]').textContent).toBe(
      "1 committed · 1 deferred · 1 declined · 0 pending"
    );
    training.querySelector('[data-id="toggle"]').dispatchEvent(new CustomEvent("click"));
    await settle();
    expect(element.shadowRoot.querySelectorAll('[data-id="members"] li')).toHaveLength(3);
    await expectAccessible(element);
  });

  it("filters by country, decision, theme and period", async () => {
    getNeedSignals.mockResolvedValueOnce({ signals: [...PAGE_1, ...PAGE_2], nextAfterId: null });
    const element = mount();
    await settle();
    change(byId(element, "filter-country"), "FR");
    await settle();
    expect(byId(element, "summary").textContent).toBe("1 groups from 1 needs at 1 accounts");
    change(byId(element, "filter-country"), "");
    change(byId(element, "filter-from"), "2025-06-01");
    await settle();
    expect(byId(element, "summary").textContent).toBe("1 groups from 3 needs at 3 accounts");
    change(byId(element, "filter-decision"), "Pending");
    await settle();
    expect(byId(element, "empty").textContent).toBe("No needs match these filters.");
  });

  it("exports the groups as CSV and shows a read error in words", async () => {
    getNeedSignals.mockResolvedValueOnce({ signals: PAGE_1, nextAfterId: null });
    const element = mount();
    await settle();
    let href = null;
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function recordClick() {
      href = decodeURIComponent(this.href);
    };
    try {
      byId(element, "export").dispatchEvent(new CustomEvent("click"));
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(href).toContain("What customers said,Needs,Accounts,Countries,Commit,Defer,Decline,Pending");
    expect(href).toContain(",2,2,DE FR,0,1,1,0");
    getNeedSignals.mockRejectedValueOnce({ body: { message: JSON.stringify({ code: "X", message: "No access." }) } });
    const failed = mount();
    await settle();
    expect(byId(failed, "error").textContent).toBe("No access.");
  });
});
