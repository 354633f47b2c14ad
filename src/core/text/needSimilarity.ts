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
 * - J(x, y) ≥ t also needs t·|x| ≤ |y| ≤ |x| / t (length filter).
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
  const postings = new Map<number, number[]>();
  /** Last text that looked at a leader, so a leader found through several ids is verified once. */
  const seenBy: number[] = [];
  for (const x of order) {
    const set = sets[x];
    const minLength = threshold * set.length - 1e-9;
    const maxLength = set.length / threshold + 1e-9;
    let best = -1;
    let bestSimilarity = 0;
    for (let k = 0; k < prefixLength(set.length, threshold); k++) {
      const list = postings.get(set[k]);
      if (list === undefined) continue;
      for (const l of list) {
        if (seenBy[l] === x) continue;
        seenBy[l] = x;
        const size = sets[leaders[l]].length;
        if (size < minLength || size > maxLength) continue;
        const similarity = jaccardIds(set, sets[leaders[l]]);
        if (
          meets(similarity, threshold) &&
          (similarity > bestSimilarity || (similarity === bestSimilarity && l < best))
        ) {
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
    seenBy.push(-1);
    for (let k = 0; k < prefixLength(set.length, threshold); k++) {
      const list = postings.get(set[k]);
      if (list) list.push(l);
      else postings.set(set[k], [l]);
    }
  }
  return leaderOf;
}

/** |s| − ⌈t·|s|⌉ + 1 ids, at most |s|. */
function prefixLength(size: number, threshold: number): number {
  return Math.min(size, size - Math.ceil(threshold * size - 1e-9) + 1);
}

/** Similarity at or above the threshold (and never for sets with nothing in common). */
function meets(similarity: number, threshold: number): boolean {
  return similarity > 0 && similarity >= threshold - 1e-12;
}
