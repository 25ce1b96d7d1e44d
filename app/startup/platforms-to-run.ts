/**
 * Which platforms a serving process runs, decided from configuration alone, so readiness can
 * name them before their adapters load.
 */
import type { AppConfig } from "../config.js";

/** A platform a serving process can run. */
export type PlatformName = "slack" | "discord";

/**
 * The platforms `config` asks this process to run, in start order: Slack when configured,
 * except in a Discord shard process (ct-bot discord shards), which runs one slice of the
 * Discord gateway only; Discord when configured.
 */
export function platformsToRun(config: Pick<AppConfig, "slack" | "discord">): PlatformName[] {
  const names: PlatformName[] = [];
  if (config.slack && !config.discord?.shard) names.push("slack");
  if (config.discord) names.push("discord");
  return names;
}
