/**
 * Which texts are one need: leader ("star") clustering over shingle-set Jaccard similarity.
 *
 * Texts are visited in a content-defined order (the caller's: most repeated first). Each text
 * joins the existing leader it is most similar to, if that similarity is at least `threshold`
 * (ties: the earlier leader); otherwise it becomes a leader. Unlike connected components
 * (single linkage), a chain of small rewordings cannot merge unrelated needs: every member is
 * within the threshold of its group's leader.
 *
 * `leaderClustersIndexed` returns exactly what `leaderClustersNaive` returns without comparing
 * every text with every leader (prefix filtering, Bayardo et al. 2007, "Scaling up all pairs
 * similarity search"):
 * - shingle ids are ranked rarest first, and each set is an ascending id array;
 * - if J(x, y) ≥ t then |x ∩ y| ≥ ⌈t·|x|⌉ and ≥ ⌈t·|y|⌉, so x and y share an id within the
 *   first |x| − ⌈t·|x|⌉ + 1 ids of x and the first |y| − ⌈t·|y|⌉ + 1 ids of y (their prefixes):
 *   leaders are indexed by their prefix ids and a text looks up only its own prefix ids;
 * - J(x, y) ≥ t also needs t·|x| ≤ |y| ≤ |x| / t (length filter);
 * - a candidate is verified by counting its ids marked by the text (no merge of two lists), and dropped as soon
 *   as its unseen ids cannot reach the least overlap that meets the threshold; the similarity of one that meets
 *   it is the same overlap ÷ union as jaccard().
 * Any global order of the ids is exact; rarest first keeps the prefixes' posting lists short.
 */
import { jaccard as jaccardIds } from "./ngrams";

/** Leader position (in `order`) of every set, by set index. */
export type Assignment = number[];

export function leaderClustersNaive(sets: Int32Array[], order: number[], threshold: number): Assignment {
  const leaderOf: number[] = new Array(sets.length).fill(-1);
  const leaders: number[] = [];
  for (const x of order) {
    let best = -1;
    let bestSimilarity = 0;
    for (let l = 0; l < leaders.length; l++) {
      const similarity = jaccardIds(sets[x], sets[leaders[l]]);
      if (meets(similarity, threshold) && similarity > bestSimilarity) {
        best = l;
        bestSimilarity = similarity;
      }
    }
    leaderOf[x] = best === -1 ? leaders.push(x) - 1 : best;
  }
  return leaderOf;
}

export function leaderClustersIndexed(sets: Int32Array[], order: number[], threshold: number): Assignment {
  const leaderOf: number[] = new Array(sets.length).fill(-1);
  const leaders: number[] = [];
  let vocabulary = 0;
  for (const set of sets) for (let k = 0; k < set.length; k++) if (set[k] >= vocabulary) vocabulary = set[k] + 1;
  /** Leaders by the ids of their prefixes (dense ids: an array, not a map). */
  const postings: (number[] | undefined)[] = new Array(vocabulary);
  /** Which text marked each id (stamp x + 1): the overlap with a leader is a count of marked ids, no merge. */
  const marked = new Int32Array(vocabulary);
  /** Last text that looked at a leader, so a leader found through several ids is verified once. */
  const seenBy = new Int32Array(sets.length).fill(-1);
  for (const x of order) {
    const set = sets[x];
    const stamp = x + 1;
    for (let k = 0; k < set.length; k++) marked[set[k]] = stamp;
    const minLength = threshold * set.length - 1e-9;
    const maxLength = set.length / threshold + 1e-9;
    let best = -1;
    let bestSimilarity = 0;
    const prefix = prefixLength(set.length, threshold);
    for (let k = 0; k < prefix; k++) {
      const list = postings[set[k]];
      if (list === undefined) continue;
      for (let p = 0; p < list.length; p++) {
        const l = list[p];
        if (seenBy[l] === x) continue;
        seenBy[l] = x;
        const other = sets[leaders[l]];
        if (other.length < minLength || other.length > maxLength) continue;
        const similarity = markedSimilarity(other, marked, stamp, set.length, threshold);
        if (similarity > bestSimilarity || (similarity === bestSimilarity && similarity > 0 && l < best)) {
          best = l;
          bestSimilarity = similarity;
        }
      }
    }
    if (best !== -1) {
      leaderOf[x] = best;
      continue;
    }
    const l = leaders.push(x) - 1;
    leaderOf[x] = l;
    for (let k = 0; k < prefix; k++) {
      const list = postings[set[k]];
      if (list) list.push(l);
      else postings[set[k]] = [l];
    }
  }
  return leaderOf;
}

/**
 * The Jaccard similarity of `other` with the marked set (its size given) when it meets the threshold, else 0.
 * The same figure as jaccard(): overlap ÷ union of the same integers. It stops as soon as the unseen ids of
 * `other` cannot bring the overlap to the least one that meets the threshold.
 */
function markedSimilarity(
  other: Int32Array,
  marked: Int32Array,
  stamp: number,
  size: number,
  threshold: number
): number {
  const total = size + other.length;
  let needed = Math.max(1, Math.floor((threshold * total) / (1 + threshold)) - 1);
  while (needed <= other.length && !meets(needed / (total - needed), threshold)) needed++;
  let overlap = 0;
  for (let k = 0; k < other.length; k++) {
    if (marked[other[k]] === stamp) overlap++;
    else if (overlap + other.length - k - 1 < needed) return 0;
  }
  if (overlap < needed) return 0;
  return overlap / (total - overlap);
}

/** |s| − ⌈t·|s|⌉ + 1 ids, at most |s|. */
function prefixLength(size: number, threshold: number): number {
  return Math.min(size, size - Math.ceil(threshold * size - 1e-9) + 1);
}

/** Similarity at or above the threshold (and never for sets with nothing in common). */
function meets(similarity: number, threshold: number): boolean {
  return similarity > 0 && similarity >= threshold - 1e-12;
}
