/**
 * Word-level difference of two texts, for "what changed since you signed". Deterministic everywhere (no
 * Intl.Segmenter, whose word breaks depend on the browser's ICU data), so spec/version-diff.json pins it:
 * - tokens: a run of whitespace; one Han, Hiragana or Katakana character (Chinese and Japanese write words
 *   without spaces, so each character is a word); a run of other letters, marks and digits (Latin, Hangul,
 *   Cyrillic, … words, never running into a CJK character; Korean separates words with spaces); a flag (two regional indicators); an emoji with
 *   its modifiers, variation selectors, keycap and zero-width-joined parts; else one code point (punctuation);
 * - the tokens common to both texts are a longest common subsequence, after the common prefix and suffix;
 *   when the middle parts are too long for that (more than MAX_CELLS token pairs) the middle is replaced whole;
 * - the result is runs of kept, removed and added text; at a replacement the removed run comes first.
 */

export type WordOp = "same" | "removed" | "added";

export interface WordPart {
  op: WordOp;
  text: string;
}

const TOKEN =
  /\s+|[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]|(?:(?![\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])[\p{L}\p{M}\p{N}])+|\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3|\u200D\p{Extended_Pictographic})*|[\s\S]/gu;

/** Above this many token pairs the middle of two texts is shown as replaced, not searched (time and memory). */
export const MAX_CELLS = 250000;

export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function push(parts: WordPart[], op: WordOp, text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** Longest common subsequence of two token lists, as the ops that turn `a` into `b`. */
function lcsOps(a: string[], b: string[]): { op: WordOp; token: string }[] {
  const width = b.length + 1;
  // lengths[i * width + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const ops: { op: WordOp; token: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ op: "same", token: a[i] });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      ops.push({ op: "removed", token: a[i++] });
    } else {
      ops.push({ op: "added", token: b[j++] });
    }
  }
  while (i < a.length) ops.push({ op: "removed", token: a[i++] });
  while (j < b.length) ops.push({ op: "added", token: b[j++] });
  return ops;
}

/** Removed runs before added runs between two kept runs, so a replacement reads "old → new". */
function groupReplacements(ops: { op: WordOp; token: string }[]): WordPart[] {
  const parts: WordPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    push(parts, "removed", removed);
    push(parts, "added", added);
    removed = "";
    added = "";
  };
  for (const { op, token } of ops) {
    if (op === "removed") removed += token;
    else if (op === "added") added += token;
    else {
      flush();
      push(parts, "same", token);
    }
  }
  flush();
  return parts;
}

export function wordDiff(before: string, after: string): WordPart[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle =
    (middleA.length + 1) * (middleB.length + 1) > MAX_CELLS
      ? [
          ...middleA.map((token) => ({ op: "removed" as const, token })),
          ...middleB.map((token) => ({ op: "added" as const, token }))
        ]
      : lcsOps(middleA, middleB);
  const ops = [
    ...a.slice(0, start).map((token) => ({ op: "same" as const, token })),
    ...middle,
    ...a.slice(endA).map((token) => ({ op: "same" as const, token }))
  ];
  return groupReplacements(ops);
}
