/**
 * Benchmarks of an account's customer collaboration index against its country, its archetype and all
 * accounts, from stored results of one period (mirrored by Apex AccordCollaborationBenchmark; vectors in
 * spec/collaboration-benchmark.json).
 *
 * Rules:
 * - A group is the subject plus the peers of its scope (same country code; same archetype code; all);
 *   a peer with the subject's accountId is the subject itself and is ignored (the subject's own index counts).
 *   Peers without an index are not members.
 * - accounts = members with an index; median of their indices (mean of the two middle values when even).
 * - percentile = 100 × (members below + ½ × members equal, the subject included) / accounts: the mid-rank,
 *   so an account alone or in a group of equals is at 50. Null when the subject has no index.
 * - A scope whose key the subject lacks (no country, no archetype) is null.
 * - Reported numbers are rounded with roundToTenth.
 */
import { optionalText, requireArray, requireNumber, requireObject, requireText } from "../input";
import { roundToTenth } from "./rounding";

export interface BenchmarkMember {
  accountId: string;
  countryCode: string | null;
  archetypeCode: string | null;
  /** The customer index of the period, or null when the account has none. */
  index: number | null;
}

export interface BenchmarkGroup {
  key: string | null;
  accounts: number;
  median: number | null;
  percentile: number | null;
}

export interface CollaborationBenchmark {
  country: BenchmarkGroup | null;
  archetype: BenchmarkGroup | null;
  all: BenchmarkGroup;
}

export function benchmarkCollaboration(subject: BenchmarkMember, peers: BenchmarkMember[]): CollaborationBenchmark {
  const self = readMember(subject, "subject");
  const others = requireArray(peers, "peers")
    .map((peer, i) => readMember(peer, `peers[${i}]`))
    .filter((peer) => peer.accountId !== self.accountId && peer.index !== null);
  const members = self.index === null ? others : [self, ...others];
  const byKey = (key: "countryCode" | "archetypeCode") =>
    self[key] === null
      ? null
      : group(
          self,
          self[key],
          members.filter((m) => m[key] === self[key])
        );
  return {
    country: byKey("countryCode"),
    archetype: byKey("archetypeCode"),
    all: group(self, null, members)
  };
}

function readMember(value: BenchmarkMember, where: string): BenchmarkMember {
  requireObject(value, where);
  const index = value.index === null ? null : requireNumber(value.index, `${where}.index`, { min: 0, max: 100 });
  return {
    accountId: requireText(value.accountId, `${where}.accountId`),
    countryCode: optionalText(value.countryCode, `${where}.countryCode`),
    archetypeCode: optionalText(value.archetypeCode, `${where}.archetypeCode`),
    index
  };
}

function group(self: BenchmarkMember, key: string | null, members: BenchmarkMember[]): BenchmarkGroup {
  const values = members.map((m) => m.index as number).sort((a, b) => a - b);
  const n = values.length;
  if (n === 0) return { key, accounts: 0, median: null, percentile: null };
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  let percentile: number | null = null;
  if (self.index !== null) {
    const below = values.filter((v) => v < (self.index as number)).length;
    const equal = values.filter((v) => v === self.index).length;
    percentile = roundToTenth((100 * (below + equal / 2)) / n);
  }
  return { key, accounts: n, median: roundToTenth(median), percentile };
}
