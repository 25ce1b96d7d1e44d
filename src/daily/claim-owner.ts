/**
 * Who holds a claim, and whether they are still alive. Every scheduler process is an owner
 * with a random id, its host name and process id, and a heartbeat row it refreshes while it
 * runs. A claim whose owner is gone is taken over at once; any claim is taken over after the
 * lease ({@link STALE_CLAIM_MS}) whoever holds it.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { ClaimOwner, OwnerBeat } from "./daily-store.js";

/** A claim never attempted for this long is taken over, even if its owner still beats. */
export const STALE_CLAIM_MS = 5 * 60_000;
/** How often a running scheduler refreshes its heartbeat. */
export const OWNER_BEAT_MS = 20_000;
/** An owner silent this long (over four missed beats) is gone. */
export const OWNER_LEASE_MS = 90_000;

/** This process as an owner: a fresh id each start, so a restart is a new owner. */
export function createOwner(): ClaimOwner {
  return { id: randomUUID(), host: hostname(), pid: process.pid };
}

/** True when a process with this id runs on this host (EPERM: it does, as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The owners known alive at `now`, `me` included. An owner is gone when its heartbeat is
 * older than {@link OWNER_LEASE_MS}, or when it ran on this host and its process id is no
 * longer running or is now ours (a restarted container reuses pid 1): both mean it died.
 */
export function liveOwnerIds(
  owners: readonly OwnerBeat[],
  me: ClaimOwner,
  now: Date,
  isAlive: (pid: number) => boolean = pidAlive,
): string[] {
  const live = owners.filter((owner) => {
    if (owner.id === me.id) return true;
    if (now.getTime() - owner.beatAt.getTime() > OWNER_LEASE_MS) return false;
    return !(owner.host === me.host && (owner.pid === me.pid || !isAlive(owner.pid)));
  });
  return [...new Set([me.id, ...live.map((o) => o.id)])];
}
