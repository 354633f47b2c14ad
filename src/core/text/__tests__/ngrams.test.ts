import { characterShingles, jaccard, normalizeForMatching, overlapOf } from "../ngrams";

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
