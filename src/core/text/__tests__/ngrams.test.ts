import fc from "fast-check";
import { ShingleVocabulary, characterShingles, jaccard, normalizeForMatching, overlapOf } from "../ngrams";

describe("normalizeForMatching", () => {
  it("folds case, punctuation, symbols and spacing", () => {
    expect(normalizeForMatching("  We NEED — faster   delivery!!! (now) ")).toBe("we need faster delivery now");
  });

  it("treats composed and decomposed text alike (NFC/NFD) and folds full-width forms (NFKC)", () => {
    expect(normalizeForMatching("Mu\u0308ller")).toBe(normalizeForMatching("M\u00fcller"));
    expect(normalizeForMatching("ＭＲＩ検査、１２回")).toBe("mri検査 12回");
    expect(normalizeForMatching("ｶﾞﾝ")).toBe("ガン");
  });

  it("keeps Hangul, Kana and Han letters, drops CJK punctuation", () => {
    expect(normalizeForMatching("항암제 배송이 더 빨라야 합니다。")).toBe("항암제 배송이 더 빨라야 합니다");
    expect(normalizeForMatching("「早く」してほしい！")).toBe("早く してほしい");
  });
});

describe("characterShingles", () => {
  it("uses padded trigrams for alphabetic words", () => {
    expect(characterShingles("Wir")).toEqual([" wi", "ir ", "wir"].sort());
    expect(characterShingles("a")).toEqual([" a "]);
  });

  it("uses bigrams for CJK and Hangul words, and a single character as itself", () => {
    expect(characterShingles("納品 早く")).toEqual(["早く", "納品"].sort());
    expect(characterShingles("항암제")).toEqual(["암제", "항암"].sort());
    expect(characterShingles("薬")).toEqual(["薬"]);
  });

  it("returns no shingles for text without letters or digits", () => {
    expect(characterShingles(" !!! … ")).toEqual([]);
  });

  it("counts astral characters (emoji-free CJK extension) as one code point", () => {
    expect(characterShingles("𠮷野")).toEqual(["𠮷野"]);
  });
});

describe("jaccard", () => {
  it("measures overlap over union of sorted id sets", () => {
    expect(overlapOf([1, 3, 5, 7], [2, 3, 7, 9])).toBe(2);
    expect(jaccard([1, 3, 5, 7], [2, 3, 7, 9])).toBeCloseTo(2 / 6);
    expect(jaccard([], [])).toBe(0);
    expect(jaccard([1], [1])).toBe(1);
  });
});

describe("ShingleVocabulary", () => {
  // Letters of several scripts and planes: Latin, Latin-1, Cyrillic, Greek, Han, Kana, Hangul, supplementary Han.
  const letters = "abcäéšждφάΩ薬品がんの항암제𠮷𩸽 ,!".split(/(?:)/u);
  const text = fc.array(fc.constantFrom(...letters), { maxLength: 14 }).map((chars) => chars.join(""));

  it("gives each text one id per shingle of characterShingles, the same id exactly for the same shingle", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const vocabulary = new ShingleVocabulary();
        const ids = texts.map((t) => vocabulary.idsOf(normalizeForMatching(t)));
        const shingles = texts.map(characterShingles);
        const idOf = new Map<string, number>();
        texts.forEach((_, i) => {
          expect(new Set(ids[i]).size).toBe(ids[i].length);
          expect(ids[i]).toHaveLength(shingles[i].length);
          // Shingles and ids pair up in the same order (both in order of first appearance, once each).
          const firstSeen = [...new Set(shingleOrder(texts[i]))];
          firstSeen.forEach((s, k) => {
            if (idOf.has(s)) expect(ids[i][k]).toBe(idOf.get(s));
            else {
              expect([...idOf.values()]).not.toContain(ids[i][k]);
              idOf.set(s, ids[i][k]);
            }
          });
        });
        expect(vocabulary.size).toBe(idOf.size);
      }),
      { numRuns: 500 }
    );
  });

  it("keeps shingles apart whose characters differ in any bit, in every position and path", () => {
    const sharedShingles = (a: string, b: string) => {
      const vocabulary = new ShingleVocabulary();
      const [x, y] = [a, b].map((t) => vocabulary.idsOf(normalizeForMatching(t)));
      return x.filter((id) => y.includes(id)).length;
    };
    const sharedStrings = (a: string, b: string) =>
      characterShingles(a).filter((s) => characterShingles(b).includes(s)).length;
    // š is U+0161 and a U+0061; 薬 U+85AC and 蔬 U+852C; ṡ U+1E61; 𠮷 and 𩸽 are surrogate pairs.
    const pairs = [
      ["aš", "aa"],
      ["ša", "aa"],
      ["ašb", "aab"],
      ["ṡab", "aab"],
      ["薬", "蔬"],
      ["薬品", "蔬品"],
      ["品薬", "品蔬"],
      ["𠮷a薬", "𩸽a薬"],
      ["a𠮷薬", "a𠮷蔬"],
      ["𠮷aš", "𠮷aa"]
    ];
    for (const [a, b] of pairs) expect([a, b, sharedShingles(a, b)]).toEqual([a, b, sharedStrings(a, b)]);
  });

  /** The shingles of a text in order of appearance, as ngrams.ts defines them (words; CJK bigrams, else trigrams). */
  function shingleOrder(raw: string): string[] {
    const normalized = normalizeForMatching(raw);
    if (normalized === "") return [];
    return normalized.split(" ").flatMap((word) => {
      const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word);
      const chars = cjk ? Array.from(word) : Array.from(` ${word} `);
      const n = cjk ? 2 : 3;
      if (chars.length <= n) return [chars.join("")];
      return chars.slice(0, chars.length - n + 1).map((_, i) => chars.slice(i, i + n).join(""));
    });
  }
});
