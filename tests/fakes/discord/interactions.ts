/**
 * Builders for the interactions Discord sends: slash commands, autocomplete, button clicks and
 * PING, in a server channel or in a DM with the bot, shaped like the gateway and HTTP payloads.
 */
import { fakeId } from "./fake-rest.js";

/** An interaction payload; `id` and `token` are what the REST API checks. */
export interface InteractionPayload {
  id: string;
  token: string;
  type: number;
  [field: string]: unknown;
}

/** Who acts, and where. A place without `guildId` is a DM with the bot. */
export interface Place {
  appId: string;
  channelId: string;
  guildId?: string;
  user?: { id: string; username: string };
  /** The member's permissions in the channel, a decimal bitfield ("0" when unset). */
  memberPermissions?: string;
  /** The bot's permissions in the channel, as Discord sends them in `app_permissions`. */
  appPermissions?: string;
}

/** The person clicking and typing in tests. */
export const TEST_USER = { id: "200000000000000001", username: "analyst" };

function base(place: Place, type: number): InteractionPayload {
  const user = {
    id: place.user?.id ?? TEST_USER.id,
    username: place.user?.username ?? TEST_USER.username,
    discriminator: "0",
    global_name: null,
    avatar: null,
  };
  const id = fakeId();
  const where = place.guildId
    ? {
        guild_id: place.guildId,
        member: {
          user,
          roles: [],
          permissions: place.memberPermissions ?? "0",
          joined_at: "2026-01-01T00:00:00.000Z",
          deaf: false,
          mute: false,
          flags: 0,
        },
        channel: { id: place.channelId, type: 0, guild_id: place.guildId, name: "general" },
        context: 0,
        authorizing_integration_owners: { "0": place.guildId },
      }
    : {
        user,
        channel: { id: place.channelId, type: 1, recipients: [user] },
        context: 1,
        authorizing_integration_owners: { "0": "100000000000000003" },
      };
  return {
    id,
    application_id: place.appId,
    type,
    token: `interaction-token-${id}-secret`,
    version: 1,
    channel_id: place.channelId,
    app_permissions: place.appPermissions ?? "0",
    locale: "en-US",
    entitlements: [],
    ...where,
  };
}

/** `/ct <subcommand> option:value…`, with an optional `mention` user. */
export function commandInteraction(
  place: Place,
  subcommand: string,
  options: Record<string, string> = {},
  mention?: string,
): InteractionPayload {
  const values: Array<Record<string, unknown>> = Object.entries(options).map(([name, value]) => ({
    type: 3,
    name,
    value,
  }));
  if (mention) values.push({ type: 6, name: "mention", value: mention });
  return {
    ...base(place, 2),
    data: {
      id: "300000000000000001",
      name: "ct",
      type: 1,
      options: [{ type: 1, name: subcommand, options: values }],
      ...(mention
        ? {
            resolved: {
              users: {
                [mention]: {
                  id: mention,
                  username: "colleague",
                  discriminator: "0",
                  avatar: null,
                  global_name: null,
                },
              },
            },
          }
        : {}),
    },
  };
}

/** Typing `typed` into option `option` of `/ct <subcommand>`. */
export function autocompleteInteraction(
  place: Place,
  subcommand: string,
  option: string,
  typed: string,
): InteractionPayload {
  return {
    ...base(place, 4),
    data: {
      id: "300000000000000001",
      name: "ct",
      type: 1,
      options: [
        {
          type: 1,
          name: subcommand,
          options: [{ type: 3, name: option, value: typed, focused: true }],
        },
      ],
    },
  };
}

/** A click on the button `customId` of a message the bot sent (ephemeral or public). */
export function buttonInteraction(
  place: Place,
  customId: string,
  ephemeral = true,
): InteractionPayload {
  return {
    ...base(place, 3),
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: fakeId(),
      channel_id: place.channelId,
      author: {
        id: "100000000000000002",
        username: "ct-bot",
        discriminator: "0",
        avatar: null,
        global_name: null,
        bot: true,
      },
      content: "",
      timestamp: "2026-03-01T10:00:00.000Z",
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: ephemeral ? 64 : 0,
    },
  };
}

/** Discord's PING, sent when the Interactions Endpoint URL is saved. */
export function pingInteraction(appId: string): InteractionPayload {
  return {
    id: fakeId(),
    application_id: appId,
    type: 1,
    token: "ping-token-secret-value",
    version: 1,
  };
}
