/**
 * `/ct daily` checks for one interaction: which channel it is about, whether the caller may
 * manage its daily posts, whether the bot can post there, and the confirmation card. The
 * permissions come with the interaction (Discord computes them per channel, overwrites
 * included), so only the confirmation calls Discord.
 */
import { type APIInteraction, PermissionFlagsBits } from "discord.js";
import type { DailyAccess, Permission } from "../../../src/daily/port.js";
import { createTranslator } from "../../../src/i18n/translator.js";
import { callerOf, guildLanguageOf, userIdOf } from "../handlers/read-interaction.js";
import type { ChannelMessages } from "../transport/channel-messages.js";
import { channelMessageOf } from "./poster.js";
import { PERMISSIONS_FIX } from "./send-result.js";

/** Who may manage daily posts in a channel, for "Only … can …". */
export const DAILY_MANAGERS = createTranslator("en").t("discord.who.managers");

/** What the bot needs in a channel to post a fact card there, by the name Discord shows. */
export const BOT_NEEDS: ReadonlyArray<readonly [name: string, bit: bigint]> = [
  ["View Channel", PermissionFlagsBits.ViewChannel],
  ["Send Messages", PermissionFlagsBits.SendMessages],
  ["Embed Links", PermissionFlagsBits.EmbedLinks],
];

const ALLOWED: Permission = { ok: true };

const NO_TOKEN = {
  ok: false as const,
  problem:
    "Daily posts need the bot token (DISCORD_TOKEN), and this ct-bot answers interactions without one.",
  fix: "ask whoever runs ct-bot to set DISCORD_TOKEN and restart it",
};

/**
 * The checks for `interaction`. Without `messages` (HTTP interactions mode without a bot
 * token) nothing can be posted, and `daily on` says so.
 *
 * @example
 * await bot.run(invocation, { caller, dailyAccess: createDiscordDailyAccess(interaction, messages) });
 */
export function createDiscordDailyAccess(
  interaction: APIInteraction,
  messages: ChannelMessages | undefined,
): DailyAccess {
  const channelId = interaction.channel_id ?? interaction.channel?.id;
  // Daily posts go to server channels; a DM with the bot has no guild.
  const target =
    interaction.guild_id !== undefined && channelId !== undefined
      ? { workspaceId: interaction.guild_id, channelId }
      : undefined;
  const channelLanguage = guildLanguageOf(interaction);
  return {
    platform: "discord",
    target,
    userId: userIdOf(interaction),
    ...(channelLanguage === undefined ? {} : { channelLanguage }),
    async canManage() {
      const permissions = bitsOf(interaction.member?.permissions);
      return has(permissions, PermissionFlagsBits.ManageChannels)
        ? ALLOWED
        : {
            ok: false,
            who: createTranslator(callerOf(interaction).language).t("discord.who.managers"),
          };
    },
    async checkChannel() {
      if (messages === undefined) return NO_TOKEN;
      // Discord sends the bot's permissions in this channel with every interaction.
      const permissions = bitsOf(interaction.app_permissions);
      const missing = BOT_NEEDS.filter(([, bit]) => !has(permissions, bit)).map(([name]) => name);
      if (missing.length === 0) return { ok: true };
      return {
        ok: false,
        problem: `ct-bot is missing ${list(missing)} in this channel.`,
        fix: PERMISSIONS_FIX,
      };
    },
    async confirm(card) {
      if (messages === undefined || target === undefined)
        return { kind: "permanent", reason: "no_bot_token", fix: NO_TOKEN.fix };
      // A real channel message, with the bot token: a permission problem shows now.
      return messages.post(target.channelId, channelMessageOf(card));
    },
  };
}

/** A permission bitfield as Discord sends it (a decimal string); none when malformed. */
function bitsOf(field: string | undefined): bigint {
  if (field === undefined || !/^\d{1,40}$/u.test(field)) return 0n;
  return BigInt(field);
}

/** Whether `permissions` grant `bit`; Administrator grants everything. */
function has(permissions: bigint, bit: bigint): boolean {
  return (permissions & (bit | PermissionFlagsBits.Administrator)) !== 0n;
}

function list(names: readonly string[]): string {
  return new Intl.ListFormat("en", { type: "conjunction" }).format(names);
}
