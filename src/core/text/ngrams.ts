/**
 * Character n-grams that compare customer verbatims across scripts. Latin, Cyrillic or Greek
 * words give padded trigrams (" we", "wer", "er "), which tolerate inflection and German
 * compounds; words in Han, Hiragana, Katakana or Hangul give bigrams, since a CJK character
 * carries far more meaning than a Latin letter and Japanese has no spaces between words.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Everything that is not a letter, a mark or a digit separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * NFKC (folds full-width Latin and half-width Katakana onto their usual forms), lower case,
 * punctuation, symbols and spaces folded to single spaces.
 */
export function normalizeForMatching(text: string): string {
  // ASCII is its own NFKC form: most English verbatims skip the Unicode normalization.
  const folded = ASCII.test(text) ? text : text.normalize("NFKC");
  return folded.toLowerCase().replace(SEPARATORS, " ").trim();
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
const EMPTY = -1;

/** Mixes a gram's two integers into a table position (multiplicative hashing). */
function hashOf(high: number, low: number): number {
  return (Math.imul(high, 0x9e3779b1) ^ Math.imul(low, 0x85ebca6b)) >>> 0;
}

/**
 * The shingles of many texts as ids of one shared vocabulary (the needs grouping's inner loop): the same shingles
 * as shinglesOfNormalized, each id standing for one shingle, without building a string per gram. A gram of a word
 * in the Basic Multilingual Plane is up to three UTF-16 code units kept as two 32-bit integers in an open-addressing
 * table: a trigram (first unit, second << 16 | third) — its first unit is never 0 —, a bigram (0, first << 16 |
 * second) and a single character (0, unit), which never equals a bigram's (its first unit is not 0 either); a gram
 * with a supplementary character (a surrogate pair) is spelled out in a map.
 */
export class ShingleVocabulary {
  /** Open addressing, linear probing: the two integers of each gram and its id (EMPTY: a free slot). */
  private slotHigh = new Int32Array(1024);
  private slotLow = new Int32Array(1024);
  private slotId = new Int32Array(1024).fill(EMPTY);
  private used = 0;
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
      this.add(ids, text, this.idOfUnits(a, (b << 16) | c));
      a = b;
      b = c;
    }
  }

  /** Bigrams of a CJK word of code units; a word of one or two characters is one shingle. */
  private addBigrams(ids: number[], text: number, word: string): void {
    if (word.length === 1) {
      this.add(ids, text, this.idOfUnits(0, word.charCodeAt(0)));
      return;
    }
    for (let k = 0; k + 1 < word.length; k++) {
      this.add(ids, text, this.idOfUnits(0, (word.charCodeAt(k) << 16) | word.charCodeAt(k + 1)));
    }
  }

  private addSpelled(ids: number[], text: number, word: string): void {
    const grams = new Set<string>();
    if (CJK.test(word)) addGrams(grams, Array.from(word), 2);
    else addGrams(grams, Array.from(` ${word} `), 3);
    for (const gram of grams) {
      // A gram of such a word without the supplementary character is packed like any other, so it is one shingle.
      if (!SURROGATE.test(gram)) {
        const units = Array.from(gram, (c) => c.charCodeAt(0));
        const high = units.length === 3 ? units.shift()! : 0;
        this.add(ids, text, this.idOfUnits(high, units.length === 2 ? (units[0] << 16) | units[1] : units[0]));
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

  private idOfUnits(high: number, low: number): number {
    const mask = this.slotId.length - 1;
    let slot = hashOf(high, low) & mask;
    for (; this.slotId[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (this.slotHigh[slot] === high && this.slotLow[slot] === low) return this.slotId[slot];
    }
    const id = this.newId();
    this.slotHigh[slot] = high;
    this.slotLow[slot] = low;
    this.slotId[slot] = id;
    // At most half full, so probes stay short.
    if (2 * ++this.used > this.slotId.length) this.grow();
    return id;
  }

  private grow(): void {
    const [high, low, id] = [this.slotHigh, this.slotLow, this.slotId];
    this.slotHigh = new Int32Array(high.length * 2);
    this.slotLow = new Int32Array(high.length * 2);
    this.slotId = new Int32Array(high.length * 2).fill(EMPTY);
    const mask = this.slotId.length - 1;
    for (let k = 0; k < id.length; k++) {
      if (id[k] === EMPTY) continue;
      let slot = hashOf(high[k], low[k]) & mask;
      while (this.slotId[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slotHigh[slot] = high[k];
      this.slotLow[slot] = low[k];
      this.slotId[slot] = id[k];
    }
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
