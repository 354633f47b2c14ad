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

const SURROGATE = /[\uD800-\uDFFF]/;
const TWO_16 = 0x10000;
const TWO_32 = 0x100000000;

/**
 * The shingles of many texts as ids of one shared vocabulary (the needs grouping's inner loop): the same shingles
 * as shinglesOfNormalized, each id standing for one shingle, without building a string per gram. A gram of a word
 * in the Basic Multilingual Plane is up to three UTF-16 code units packed into one number (exact below 2^53; a
 * bigram is below 2^32, a trigram at least 2^32 since its first unit is not 0, a single character below 2^16);
 * a gram with a supplementary character (a surrogate pair) is spelled out.
 */
export class ShingleVocabulary {
  private readonly packed = new Map<number, number>();
  private readonly spelled = new Map<string, number>();
  /** Per id, the last text that added it: a text lists each id once. */
  private readonly lastText: number[] = [];
  private texts = 0;

  get size(): number {
    return this.lastText.length;
  }

  /** The distinct shingle ids of a text already passed through normalizeForMatching, in first-seen order. */
  idsOf(normalized: string): number[] {
    const text = ++this.texts;
    const ids: number[] = [];
    if (normalized === "") return ids;
    for (const word of normalized.split(" ")) {
      if (SURROGATE.test(word)) this.addSpelled(ids, text, word);
      else if (CJK.test(word)) this.addBigrams(ids, text, word);
      else this.addTrigrams(ids, text, word);
    }
    return ids;
  }

  /** Padded trigrams " wo", "wor", …, "rd " of a word of code units. */
  private addTrigrams(ids: number[], text: number, word: string): void {
    const last = word.length + 1;
    const unit = (k: number) => (k === 0 || k === last ? 32 : word.charCodeAt(k - 1));
    let a = 32;
    let b = unit(1);
    for (let k = 2; k <= last; k++) {
      const c = unit(k);
      this.add(ids, text, this.idOfPacked(a * TWO_32 + b * TWO_16 + c));
      a = b;
      b = c;
    }
  }

  /** Bigrams of a CJK word of code units; a word of one or two characters is one shingle. */
  private addBigrams(ids: number[], text: number, word: string): void {
    if (word.length === 1) {
      this.add(ids, text, this.idOfPacked(word.charCodeAt(0)));
      return;
    }
    for (let k = 0; k + 1 < word.length; k++) {
      this.add(ids, text, this.idOfPacked(word.charCodeAt(k) * TWO_16 + word.charCodeAt(k + 1)));
    }
  }

  private addSpelled(ids: number[], text: number, word: string): void {
    const grams = new Set<string>();
    if (CJK.test(word)) addGrams(grams, Array.from(word), 2);
    else addGrams(grams, Array.from(` ${word} `), 3);
    for (const gram of grams) {
      // A gram of such a word without the supplementary character is packed like any other, so it is one shingle.
      if (!SURROGATE.test(gram)) {
        let key = 0;
        for (let k = 0; k < gram.length; k++) key = key * TWO_16 + gram.charCodeAt(k);
        this.add(ids, text, this.idOfPacked(key));
        continue;
      }
      let id = this.spelled.get(gram);
      if (id === undefined) {
        id = this.newId();
        this.spelled.set(gram, id);
      }
      this.add(ids, text, id);
    }
  }

  private idOfPacked(key: number): number {
    let id = this.packed.get(key);
    if (id === undefined) {
      id = this.newId();
      this.packed.set(key, id);
    }
    return id;
  }

  private newId(): number {
    return this.lastText.push(0) - 1;
  }

  private add(ids: number[], text: number, id: number): void {
    if (this.lastText[id] !== text) {
      this.lastText[id] = text;
      ids.push(id);
    }
  }
}
