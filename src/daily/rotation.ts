/**
 * Which fact a channel gets next. Each channel walks every fact in its own shuffled order,
 * with no repeat until the cycle ends. The order of a cycle is a keyed permutation of the
 * fact list (a four-round Feistel network over the next power of four, cycle-walked into
 * range), keyed by a hash of (channel seed, cycle): the fact at place `p` costs O(1), so a
 * claim never reads or sorts the facts already used. The subscription keeps its place
 * (`position`), moved on only when a post is sent.
 *
 * Content changes: the order is drawn over the facts as they were when the cycle began
 * (`cycleSize`). When the number of facts changes, the channel starts a new cycle at its
 * next post, so no fact repeats within a cycle. (Introduced in migration 4: subscriptions
 * from before it started a fresh cycle once, in the new order.)
 */
import { hash } from "node:crypto";

/** Where a channel stands in its rotation. */
export interface RotationState {
  seed: string;
  cycle: number;
  /** Facts posted so far in this cycle. */
  position: number;
  /** Facts the cycle's order was drawn over; 0 before the first post. */
  cycleSize: number;
}

/** The next pick: which fact, at which place of which cycle, and how many remain after it. */
export interface RotationPick {
  factId: string;
  cycle: number;
  position: number;
  cycleSize: number;
  remainingAfter: number;
}

const ROUNDS = 4;

/** The four 32-bit round keys of a (seed, cycle) permutation. */
function roundKeys(seed: string, cycle: number): Uint32Array {
  // One-shot hash: the same digest as createHash().update().digest(), a third cheaper (it
  // runs once per claimed post).
  const digest = hash("sha256", `${seed}\u0000${cycle}`, "buffer");
  return new Uint32Array(digest.buffer.slice(digest.byteOffset, digest.byteOffset + 4 * ROUNDS));
}

/** A 32-bit mix (the murmur3 finaliser). */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The index at place `position` of the permutation of `0 … size-1` keyed by `keys`. */
function permute(position: number, size: number, keys: Uint32Array): number {
  let bits = 1;
  while (1 << (2 * bits) < size) bits++;
  const mask = (1 << bits) - 1;
  let x = position;
  // Cycle walking: a bijection on [0, 4^bits) applied until it lands in [0, size) is a
  // bijection on [0, size); at most a few steps, since 4^bits < 4 × size.
  do {
    let left = x >>> bits;
    let right = x & mask;
    for (const key of keys) {
      const next = left ^ (mix(right ^ key) & mask);
      left = right;
      right = next;
    }
    x = (left << bits) | right;
  } while (x >= size);
  return x;
}

/** The fact at `position` of cycle `cycle`'s order for a channel seeded `seed`. */
export function factAt(
  factIds: readonly string[],
  seed: string,
  cycle: number,
  position: number,
): string {
  return factIds[permute(position, factIds.length, roundKeys(seed, cycle))] as string;
}

/**
 * The next fact for a channel; starts a new cycle when the current one is used up or the
 * number of facts changed. Undefined only when there are no facts at all.
 */
export function nextFact(
  factIds: readonly string[],
  state: RotationState,
): RotationPick | undefined {
  const size = factIds.length;
  if (size === 0) return undefined;
  const fresh = state.position === 0;
  const carryOn = state.cycleSize === size && state.position < size;
  const cycle = carryOn || fresh ? state.cycle : state.cycle + 1;
  const position = carryOn ? state.position : 0;
  return {
    factId: factAt(factIds, state.seed, cycle, position),
    cycle,
    position,
    cycleSize: size,
    remainingAfter: size - position - 1,
  };
}

/** Facts not yet posted in the channel's current cycle (what `daily status` counts). */
export function factsLeft(factCount: number, state: RotationState): number {
  if (state.cycleSize !== factCount || state.position >= factCount) return factCount;
  return factCount - state.position;
}
