import AccordReviewDates from "c/accordReviewDates";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json").plan;
const DRAFT = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json").plan;
const mount = mounter("c-accord-review-dates", AccordReviewDates);

/** The agreed sample plan, agreed on 31 January 2026 in Germany. */
const agreedPlan = (set = {}) => ({ ...AGREED, agreedOn: "2026-01-31T10:00:00.000Z", countryCode: "DE", ...set });
const germany = (cadence, earliest) => ({
  countries: [{ countryCode: "DE", reviewCadenceMonths: cadence, reviewEarliestMonths: earliest }]
});

describe("c-accord-review-dates", () => {
  afterEach(resetDom);

  it("shows the next check-in by the country's cadence, the review date and its earliest start", async () => {
    const element = mount({ plan: agreedPlan(), today: "2026-03-01" });
    element.configuration = germany(3, null);
    await settle();
    expect(byId(element, "next-check-in").querySelector('[data-id="date"]').textContent).toBe("Apr 30, 2026");
    expect(byId(element, "review-date").querySelector('[data-id="date"]').textContent).toBe("Jan 31, 2027");
    expect(byId(element, "earliest-start").textContent).toBe("(Can start from Oct 31, 2026)");
    expect(byId(element, "check-in-overdue")).toBeNull();
    await expectAccessible(element);
  });

  it("marks a check-in that is past due, and a recorded check-in moves to the next", async () => {
    const checkIn = { reviewType: "Check-in", reviewDate: "2026-05-02", customerFeedback: null };
    const element = mount({ plan: agreedPlan({ reviews: [checkIn] }), today: "2026-08-15" });
    element.configuration = germany(3, 6);
    await settle();
    expect(byId(element, "next-check-in").querySelector('[data-id="date"]').textContent).toBe("Jul 31, 2026");
    expect(byId(element, "check-in-overdue")).not.toBeNull();
    // From 31 July the review may start (6 months): the earliest day is no longer shown.
    expect(byId(element, "earliest-start")).toBeNull();
  });

  it("without a check-in cadence says none is due; without configuration the defaults apply", async () => {
    const element = mount({ plan: agreedPlan(), today: "2026-03-01" });
    element.configuration = null; // not readable: the header hands none
    await settle();
    expect(byId(element, "next-check-in").textContent).toBe("No check-in due before the 12-month review");
    expect(byId(element, "earliest-start").textContent).toContain("Oct 31, 2026");
  });

  it("renders nothing before agreement", async () => {
    const element = mount({ plan: DRAFT });
    element.configuration = germany(3, null);
    await settle();
    expect(byId(element, "review-dates")).toBeNull();
  });
});
