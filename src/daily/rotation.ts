/**
 * Which fact a channel gets next. Each channel walks every fact in its own shuffled order,
 * with no repeat until the cycle ends. The order is a hash of (channel seed, cycle, fact id),
 * so a fact added to the content slots into the current cycle without reshuffling the others,
 * and a removed fact simply is no longer there to pick.
 */
import { createHash } from "node:crypto";

/** Where a channel stands in its rotation. */
export interface RotationState {
  seed: string;
  cycle: number;
  /** Facts already posted (or claimed) in this cycle. */
  used: ReadonlySet<string>;
}

/** The next pick: which fact, in which cycle, and how many remain after it in that cycle. */
export interface RotationPick {
  factId: string;
  cycle: number;
  remainingAfter: number;
}

function rank(seed: string, cycle: number, factId: string): string {
  return createHash("sha256").update(`${seed}\u0000${cycle}\u0000${factId}`).digest("hex");
}

/** Facts not yet used in this cycle, in this channel's order. */
export function remainingFacts(factIds: readonly string[], state: RotationState): string[] {
  return factIds
    .filter((id) => !state.used.has(id))
    .map((id) => ({ id, key: rank(state.seed, state.cycle, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.id);
}

/**
 * The next fact for a channel; starts a new cycle when the current one is used up.
 * Undefined only when there are no facts at all.
 */
export function nextFact(
  factIds: readonly string[],
  state: RotationState,
): RotationPick | undefined {
  const remaining = remainingFacts(factIds, state);
  if (remaining.length > 0)
    return {
      factId: remaining[0] as string,
      cycle: state.cycle,
      remainingAfter: remaining.length - 1,
    };
  if (factIds.length === 0) return undefined;
  const fresh = remainingFacts(factIds, { ...state, cycle: state.cycle + 1, used: new Set() });
  return { factId: fresh[0] as string, cycle: state.cycle + 1, remainingAfter: fresh.length - 1 };
}
