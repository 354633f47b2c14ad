/**
 * Character n-grams that compare customer verbatims across scripts. Latin, Cyrillic or Greek
 * words give padded trigrams (" we", "wer", "er "), which tolerate inflection and German
 * compounds; words in Han, Hiragana, Katakana or Hangul give bigrams, since a CJK character
 * carries far more meaning than a Latin letter and Japanese has no spaces between words.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Everything that is not a letter, a mark or a digit separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * NFKC (folds full-width Latin and half-width Katakana onto their usual forms), lower case,
 * punctuation, symbols and spaces folded to single spaces.
 */
export function normalizeForMatching(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(SEPARATORS, " ").trim();
}

/** The distinct shingles of a text, in code-point order. */
export function characterShingles(text: string): string[] {
  return shinglesOfNormalized(normalizeForMatching(text));
}

/** characterShingles for text already passed through normalizeForMatching. */
export function shinglesOfNormalized(normalized: string): string[] {
  const shingles = new Set<string>();
  if (normalized === "") return [];
  for (const word of normalized.split(" ")) {
    if (CJK.test(word)) addGrams(shingles, Array.from(word), 2);
    else addGrams(shingles, Array.from(` ${word} `), 3);
  }
  return [...shingles].sort();
}

/** n-grams over code points; a word shorter than n is one shingle. */
function addGrams(into: Set<string>, chars: string[], n: number): void {
  if (chars.length <= n) {
    into.add(chars.join(""));
    return;
  }
  for (let i = 0; i + n <= chars.length; i++) into.add(chars.slice(i, i + n).join(""));
}

/** |a ∩ b| / |a ∪ b| for sets given as ascending arrays of ids; 0 when both are empty. */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const overlap = overlapOf(a, b);
  const union = a.length + b.length - overlap;
  return union === 0 ? 0 : overlap / union;
}

export function overlapOf(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let overlap = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      overlap++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return overlap;
}
