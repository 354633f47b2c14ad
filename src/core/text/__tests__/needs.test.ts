import fc from "fast-check";
import { groupNeeds, summarizeByTheme, type NeedSignal } from "../needs";
import { leaderClustersIndexed, leaderClustersNaive } from "../needSimilarity";
import { characterShingles, normalizeForMatching } from "../ngrams";
import { AccordInputError } from "../../errors";

const need = (
  accountId: string,
  countryCode: string | null,
  theme: string | null,
  verbatim: string,
  decision: NeedSignal["decision"] = "Pending"
): NeedSignal => ({ accountId, countryCode, theme, verbatim, decision });

const heard: NeedSignal[] = [
  need("A1", "US", "Supply", "We need faster delivery of oncology drugs.", "Decline"),
  need("A2", "GB", "Supply", "We need faster delivery of oncology medicines!", "Defer"),
  need("A3", "US", "Supply", "we need FASTER delivery of oncology drugs", "Commit"),
  need("A4", "DE", "Supply", "Wir brauchen schnellere Lieferung von Onkologika.", "Decline"),
  need("A5", "AT", "Supply", "Wir brauchen eine schnellere Lieferung der Onkologika", "Pending"),
  need("A6", "JP", "Supply", "がん治療薬の納品をもっと早くしてほしい", "Decline"),
  need("A7", "JP", null, "がん治療薬の納品をもっと早くして欲しい。", "Defer"),
  need("A8", "KR", "Supply", "항암제 배송이 더 빨라야 합니다", "Decline"),
  need("A9", "KR", "Supply", "항암제 배송이 좀 더 빨라야 합니다", "Commit"),
  need("A8", "KR", "Training", "약사 대상 바이오시밀러 교육이 필요합니다", "Commit"),
  need("A1", "US", "Training", "We need training for pharmacy staff on biosimilars.", "Pending"),
  need("A2", "GB", "Training", "We need training for pharmacy staff on biosimilars", "Decline"),
  need("A3", null, "Training", "Training for our pharmacy staff on biosimilars, please", "Decline")
];

function verbatimGroups(result: ReturnType<typeof groupNeeds>, input: NeedSignal[]): string[][] {
  return result.groups.map((g) => g.members.map((i) => input[i].verbatim).sort());
}

describe("groupNeeds", () => {
  // Computed in each test, not when the file is collected: a mutation tool activates its mutant per test.
  let result: ReturnType<typeof groupNeeds>;
  beforeEach(() => {
    result = groupNeeds(heard);
  });

  it("groups paraphrases within each language and keeps unrelated needs apart", () => {
    expect(verbatimGroups(result, heard)).toEqual([
      // Ties (3 accounts, 3 needs; then 2 and 2) are ordered by representative verbatim.
      [heard[0].verbatim, heard[1].verbatim, heard[2].verbatim].sort(),
      [heard[10].verbatim, heard[11].verbatim, heard[12].verbatim].sort(),
      [heard[3].verbatim, heard[4].verbatim].sort(),
      [heard[5].verbatim, heard[6].verbatim].sort(),
      [heard[7].verbatim, heard[8].verbatim].sort(),
      [heard[9].verbatim]
    ]);
    // Two verbatims repeat another one after normalization.
    expect(result.distinctTexts).toBe(11);
  });

  it("reports accounts, countries, themes and the decision mix per group", () => {
    const supply = result.groups[0];
    expect(supply).toMatchObject({
      needs: 3,
      accounts: 3,
      countries: 2,
      countryCodes: ["GB", "US"],
      decisions: { Pending: 0, Commit: 1, Defer: 1, Decline: 1 },
      declinedOrDeferred: 2,
      declinedOrDeferredPercent: 66.7,
      themes: [{ theme: "Supply", needs: 3 }]
    });
    const training = result.groups[1];
    expect(training).toMatchObject({ accounts: 3, countries: 2, declinedOrDeferredPercent: 66.7 });
    expect(result.groups[3].themes).toEqual([
      { theme: "Supply", needs: 1 },
      { theme: null, needs: 1 }
    ]);
  });

  it("shows the most repeated text first, in its first spelling by code point", () => {
    // "we need faster delivery of oncology drugs" is heard twice (two spellings).
    expect(result.groups[0].representatives).toEqual([
      "We need faster delivery of oncology drugs.",
      "We need faster delivery of oncology medicines!"
    ]);
    expect(result.groups[1].representatives[0]).toBe("We need training for pharmacy staff on biosimilars");
    expect(groupNeeds(heard, { representatives: 1 }).groups[0].representatives).toHaveLength(1);
  });

  it("lists a group's themes by count, then name, with no theme last", () => {
    const mixed = groupNeeds([
      need("A1", "DE", "Supply", "Lieferung schneller bitte"),
      need("A2", "DE", null, "Lieferung schneller bitte!"),
      need("A3", "DE", "Access", "Lieferung schneller, bitte"),
      need("A4", "DE", "Access", "lieferung schneller bitte")
    ]);
    expect(mixed.groups).toHaveLength(1);
    expect(mixed.groups[0].themes).toEqual([
      { theme: "Access", needs: 2 },
      { theme: "Supply", needs: 1 },
      { theme: null, needs: 1 }
    ]);
    expect(mixed.groups[0].representatives).toEqual(["Lieferung schneller bitte"]);
  });

  it("filters by distinct accounts and honours the threshold", () => {
    expect(groupNeeds(heard, { minAccounts: 3 }).groups.map((g) => g.accounts)).toEqual([3, 3]);
    expect(groupNeeds(heard, { threshold: 1 }).groups.length).toBe(11);
    expect(groupNeeds(heard, { threshold: 0.05 }).groups.length).toBeLessThan(6);
  });

  it("summarizes by theme, with needs without a theme last", () => {
    expect(result.themes.map((t) => [t.theme, t.needs, t.accounts])).toEqual([
      ["Supply", 8, 8],
      ["Training", 4, 4],
      [null, 1, 1]
    ]);
    expect(summarizeByTheme([])).toEqual([]);
    expect(() => summarizeByTheme([{ ...heard[0], accountId: 42 } as unknown as NeedSignal])).toThrow(AccordInputError);
    const tied = summarizeByTheme([
      need("A1", null, "Supply", "x", "Commit"),
      need("A2", null, null, "y", "Commit"),
      need("A3", null, "Access", "z", "Commit"),
      need("A4", null, "Access", "z", "Commit")
    ]);
    expect(tied.map((t) => t.theme)).toEqual(["Access", "Supply", null]);
    expect(tied[0]).toMatchObject({ countries: 0, countryCodes: [], declinedOrDeferredPercent: 0 });
  });

  it("does not depend on record order", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          heard.map((n, i) => ({ ...n, id: String(i) })),
          { minLength: heard.length, maxLength: heard.length }
        ),
        (shuffled) => {
          const again = groupNeeds(shuffled);
          const strip = (r: ReturnType<typeof groupNeeds>, input: NeedSignal[]) =>
            r.groups.map(({ members, ...rest }) => ({ ...rest, ids: members.map((i) => input[i].id).sort() }));
          const original = heard.map((n, i) => ({ ...n, id: String(i) }));
          expect(strip(again, shuffled)).toEqual(strip(groupNeeds(original), original));
          expect(again.themes).toEqual(result.themes);
        }
      ),
      { numRuns: 30 }
    );
  });

  it("rejects malformed needs with the field named", () => {
    const code = (bad: unknown, options = {}) => {
      try {
        groupNeeds([heard[0], bad as NeedSignal], options);
      } catch (error) {
        expect(error).toBeInstanceOf(AccordInputError);
        return (error as AccordInputError).code;
      }
      throw new Error("expected an AccordInputError");
    };
    expect(code({ ...heard[0], verbatim: "   " })).toBe("MISSING_FIELD");
    expect(code({ ...heard[0], verbatim: "?!…" })).toBe("INVALID_INPUT");
    expect(code({ ...heard[0], accountId: undefined })).toBe("MISSING_FIELD");
    expect(code({ ...heard[0], decision: "Maybe" })).toBe("INVALID_VALUE");
    expect(code({ ...heard[0], theme: 3 })).toBe("INVALID_INPUT");
    expect(code(null)).toBe("INVALID_INPUT");
    expect(code(heard[1], { threshold: 0 })).toBe("OUT_OF_RANGE");
    expect(code(heard[1], { threshold: NaN })).toBe("INVALID_NUMBER");
    expect(code(heard[1], { representatives: 0 })).toBe("OUT_OF_RANGE");
    expect(() => groupNeeds([{ ...heard[0], decision: "Maybe" } as unknown as NeedSignal])).toThrow(
      'needs[0].decision must be one of Pending, Commit, Defer, Decline (got "Maybe").'
    );
  });
});

describe("leaderClustersIndexed", () => {
  const setsArb = fc.array(
    fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }).map((ids) => Int32Array.from(ids).sort()),
    { maxLength: 60 }
  );

  it("assigns exactly the leaders the naive comparison with every leader assigns", () => {
    fc.assert(
      fc.property(setsArb, fc.double({ min: 0.05, max: 1, noNaN: true }), fc.nat(), (sets, threshold, seed) => {
        // Any visiting order: rotate by the seed.
        const order = sets.map((_, i) => (i + seed) % sets.length);
        expect(leaderClustersIndexed(sets, order, threshold)).toEqual(leaderClustersNaive(sets, order, threshold));
      }),
      { numRuns: 500 }
    );
  });

  it("joins the most similar leader, the earlier one on ties, and does not chain", () => {
    const sets = [
      Int32Array.of(1, 2, 3, 4), // leader 0
      Int32Array.of(5, 6, 7, 8), // leader 1
      Int32Array.of(1, 2, 3, 4, 9), // 0.8 with leader 0
      Int32Array.of(3, 4, 5, 6), // 1/3 with both: below 0.5, leads
      Int32Array.of(1, 2, 3, 9, 10, 11), // 0.43 with leader 0 only: leads, though 0.67 with set 2
      Int32Array.of()
    ];
    expect(leaderClustersIndexed(sets, [0, 1, 2, 3, 4, 5], 0.5)).toEqual([0, 1, 0, 2, 3, 4]);
    expect(leaderClustersIndexed(sets, [0, 1, 2, 3, 4, 5], 1 / 3)).toEqual([0, 1, 0, 0, 0, 2]);
  });
});

describe("groupNeeds order (as documented in needs.ts)", () => {
  const signal = (accountId: string, theme: string | null, verbatim: string): NeedSignal => ({
    accountId,
    countryCode: null,
    theme,
    verbatim,
    decision: "Pending"
  });
  const input = [
    signal("A1", "Supply", "we need faster delivery of oncology drugs"),
    signal("A2", "Supply", "we need faster delivery of oncology drugs"),
    signal("A5", "Billing", "We need faster delivery of oncology drugs."),
    signal("A3", "Supply", "we need faster delivery of oncology drug"),
    signal("A4", null, "We need faster delivery of oncology drugs in winter"),
    signal("B1", "Training", "training for pharmacy staff on biosimilars"),
    signal("B2", "Training", "training for pharmacy staff on biosimilar"),
    signal("B2", "Training", "training for the pharmacy staff on biosimilars"),
    signal("C1", "Data", "monthly reports about dispensing volumes"),
    signal("C1", "Data", "quarterly reports on dispensing volumes by ward"),
    signal("C1", "Data", "yearly dashboards on dispensing volumes by ward"),
    signal("C1", "Data", "yearly dashboards on dispensing volume by ward"),
    signal("C1", "Data", "Yearly dashboards on dispensing volumes by ward."),
    signal("C1", "Data", "yearly dashboards on dispensing volumes by ward"),
    signal("D1", "Night", "A hotline for nurses at night")
  ];
  let result: ReturnType<typeof groupNeeds>;
  beforeEach(() => {
    result = groupNeeds(input);
  });

  it("shows the most heard text first (its first spelling by code point), then the most central", () => {
    // Heard 3 times; then the text whose shingles the others share, although "We…winter" sorts first.
    expect(result.groups[0].representatives).toEqual([
      "We need faster delivery of oncology drugs.",
      "we need faster delivery of oncology drug",
      "We need faster delivery of oncology drugs in winter"
    ]);
  });

  it("shows the most heard text first even when it is the least central", () => {
    const { groups } = groupNeeds([
      signal("A1", null, "we need faster delivery of oncology drugs in winter"),
      signal("A2", null, "we need faster delivery of oncology drugs in winter"),
      signal("A3", null, "we need faster delivery of oncology drugs"),
      signal("A4", null, "we need faster delivery of oncology drug")
    ]);
    expect(groups.map((g) => g.representatives)).toEqual([
      [
        "we need faster delivery of oncology drugs in winter",
        "we need faster delivery of oncology drugs",
        "we need faster delivery of oncology drug"
      ]
    ]);
  });

  it("lists a group's themes by count, then name, with no theme last", () => {
    expect(result.groups[0].themes).toEqual([
      { theme: "Supply", needs: 3 },
      { theme: "Billing", needs: 1 },
      { theme: null, needs: 1 }
    ]);
  });

  it("orders groups by accounts, then needs, then representative verbatim", () => {
    expect(result.groups.map((g) => [g.accounts, g.needs, g.representatives[0]])).toEqual([
      [5, 5, "We need faster delivery of oncology drugs."],
      [2, 3, "training for pharmacy staff on biosimilars"],
      [1, 5, "Yearly dashboards on dispensing volumes by ward."],
      [1, 1, "A hotline for nurses at night"],
      [1, 1, "monthly reports about dispensing volumes"]
    ]);
  });

  it("orders theme summaries by accounts, then needs, then name, with no theme last", () => {
    expect(result.themes.map((t) => [t.theme, t.accounts, t.needs])).toEqual([
      ["Supply", 3, 3],
      ["Training", 2, 3],
      ["Data", 1, 6],
      ["Billing", 1, 1],
      ["Night", 1, 1],
      [null, 1, 1]
    ]);
  });
});

/**
 * The straightforward grouping, as the bench's all-pairs baseline: shingles as strings (characterShingles),
 * distinct texts most heard first (then code-point order), each joining its most similar leader at or above the
 * threshold (the earlier leader on ties), else leading. Returns the groups as sorted lists of input positions.
 */
function allPairsPartition(verbatims: string[], threshold: number): string[] {
  const normalized = verbatims.map(normalizeForMatching);
  const heardCount = new Map<string, number>();
  for (const t of normalized) heardCount.set(t, (heardCount.get(t) ?? 0) + 1);
  const distinct = [...heardCount.keys()].sort(
    (a, b) => heardCount.get(b)! - heardCount.get(a)! || (a < b ? -1 : a > b ? 1 : 0)
  );
  const shingles = new Map(distinct.map((t) => [t, new Set(characterShingles(t))]));
  const similarity = (a: Set<string>, b: Set<string>) => {
    let overlap = 0;
    for (const s of a) if (b.has(s)) overlap++;
    const union = a.size + b.size - overlap;
    return union === 0 ? 0 : overlap / union;
  };
  const leaders: string[] = [];
  const leaderOf = new Map<string, number>();
  for (const t of distinct) {
    let best = -1;
    let bestSimilarity = 0;
    leaders.forEach((leader, l) => {
      const s = similarity(shingles.get(t)!, shingles.get(leader)!);
      if (s > 0 && s >= threshold - 1e-12 && s > bestSimilarity) {
        best = l;
        bestSimilarity = s;
      }
    });
    leaderOf.set(t, best === -1 ? leaders.push(t) - 1 : best);
  }
  const groups = new Map<number, number[]>();
  normalized.forEach((t, i) => groups.set(leaderOf.get(t)!, [...(groups.get(leaderOf.get(t)!) ?? []), i]));
  return [...groups.values()].map((members) => members.join(",")).sort();
}

describe("groupNeeds on random needs", () => {
  // Few words from several scripts, so texts share shingles: Latin in both cases, German, full-width Latin (NFKC),
  // Japanese, Korean, and supplementary Han characters (surrogate pairs: their grams are spelled out).
  const word = fc.constantFrom(
    "we",
    "need",
    "faster",
    "Delivery",
    "a",
    "Lieferung",
    "schnellere",
    "ÄRZTE",
    "ｆａｓｔ",
    "納品",
    "早く",
    "がん治療薬",
    "薬",
    "항암제",
    "배송이",
    "𠮷野",
    "𠮷",
    "𩸽の",
    "доставка",
    "доставки",
    "φάρμακα"
  );
  const verbatim = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom(" ", ", ", "! ", "。"))
    .map(([words, separator]) => words.join(separator));
  const needs = fc.array(
    fc
      .record({ verbatim, account: fc.integer({ min: 1, max: 6 }) })
      .map((n) => need(`A${n.account}`, "DE", null, n.verbatim)),
    { minLength: 1, maxLength: 40 }
  );

  it("puts every need in the same group as comparing every text with every leader by shingle strings", () => {
    fc.assert(
      fc.property(needs, fc.double({ min: 0.2, max: 1, noNaN: true }), (input, threshold) => {
        const grouped = groupNeeds(input, { threshold })
          .groups.map((g) => g.members.join(","))
          .sort();
        expect(grouped).toEqual(
          allPairsPartition(
            input.map((n) => n.verbatim),
            threshold
          )
        );
      }),
      { numRuns: 300 }
    );
  });
});
