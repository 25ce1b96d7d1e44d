/**
 * The fake Slack's workspace: its people (admins, owners, regular members), its channels
 * (public or private, with or without the bot, archived) and the Web API methods that read
 * or change them: users.info, conversations.info, conversations.join, chat.postMessage.
 * Answers follow Slack's: a bot cannot see a private channel it is not in
 * (channel_not_found), and cannot post in a public one it has not joined (not_in_channel).
 */

/** A person, with the role flags users.info reports. */
export interface FakeUser {
  id: string;
  name: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  /** The person's Slack locale, which users.info reports with `include_locale`; en-US when absent. */
  locale?: string;
}

/** The people in the fake workspace, by role. */
export const FAKE_USERS = {
  /** The person typing in most tests (TEST_USER). */
  regular: { id: "U0ALICE1", name: "alice" },
  another: { id: "U0BOB001", name: "bob" },
  admin: { id: "U0ADMIN1", name: "ada", is_admin: true },
  owner: { id: "U0OWNER1", name: "olga", is_owner: true },
  primaryOwner: { id: "U0PRIME1", name: "pat", is_primary_owner: true },
  /** A regular member whom tests list in CT_DAILY_ADMINS. */
  delegate: { id: "U0DELEG1", name: "dee" },
  /** A regular member whose Slack is in French. */
  french: { id: "U0FRANC1", name: "francoise", locale: "fr-FR" },
  /** A channel admin whose Slack is in French. */
  frenchAdmin: { id: "U0FRADM1", name: "fanny", is_admin: true, locale: "fr-FR" },
} as const satisfies Record<string, FakeUser>;

/** A channel as the fake sees it. */
export interface FakeChannel {
  name: string;
  private: boolean;
  /** Whether the bot is in it. */
  member: boolean;
  archived: boolean;
  /** The error conversations.join answers, when the workspace refuses it. */
  joinError?: string;
}

/** A channel nobody set up: public, with the bot in it, so bulk posting tests need no setup. */
const DEFAULT_CHANNEL: FakeChannel = {
  name: "general",
  private: false,
  member: true,
  archived: false,
};

/** The fake workspace's state and answers. */
export interface FakeWorkspace {
  /** Changes a person's role flags (a promotion or demotion). */
  setUser(id: string, flags: Omit<FakeUser, "id" | "name">): void;
  /** Changes how channel `id` looks (the rest stays as it was). */
  setChannel(id: string, channel: Partial<FakeChannel>): void;
  channel(id: string): FakeChannel;
  /** Slack's answer to one of the methods above; undefined for any other method. */
  answer(method: string, args: Record<string, unknown>): Record<string, unknown> | undefined;
}

/** Creates the workspace with {@link FAKE_USERS} and no channel set up. */
export function createFakeWorkspace(): FakeWorkspace {
  const users = new Map<string, FakeUser>(Object.values(FAKE_USERS).map((u) => [u.id, u]));
  const channels = new Map<string, FakeChannel>();
  let posted = 0;
  const channel = (id: string) => channels.get(id) ?? { ...DEFAULT_CHANNEL };
  const info = (id: string, c: FakeChannel) => ({
    id,
    name: c.name,
    is_channel: !c.private,
    is_group: c.private,
    is_private: c.private,
    is_im: id.startsWith("D"),
    is_mpim: false,
    is_archived: c.archived,
    is_member: c.member,
  });
  const fail = (error: string) => ({ ok: false, error });

  return {
    setUser(id, flags) {
      const user = users.get(id);
      if (user)
        users.set(id, {
          id: user.id,
          name: user.name,
          ...(user.locale === undefined ? {} : { locale: user.locale }),
          ...flags,
        });
    },
    setChannel(id, changes) {
      channels.set(id, { ...channel(id), ...changes });
    },
    channel,
    answer(method, args) {
      const id = String(args.channel ?? "");
      const c = channel(id);
      switch (method) {
        case "users.info": {
          const found = users.get(String(args.user));
          if (!found) return fail("user_not_found");
          // Slack reports the locale only when asked (include_locale=true).
          const { locale = "en-US", ...user } = found;
          return {
            ok: true,
            user: {
              is_admin: false,
              is_owner: false,
              is_primary_owner: false,
              ...user,
              ...(String(args.include_locale) === "true" ? { locale } : {}),
            },
          };
        }
        case "conversations.info":
          if (c.private && !c.member) return fail("channel_not_found");
          return { ok: true, channel: info(id, c) };
        case "conversations.join":
          if (c.private)
            return fail(c.member ? "method_not_supported_for_channel_type" : "channel_not_found");
          if (c.archived) return fail("is_archived");
          if (c.joinError) return fail(c.joinError);
          channels.set(id, { ...c, member: true });
          return {
            ok: true,
            channel: info(id, { ...c, member: true }),
            ...(c.member ? { warning: "already_in_channel" } : {}),
          };
        case "chat.postMessage":
          if (c.private && !c.member) return fail("channel_not_found");
          if (c.archived) return fail("is_archived");
          if (!c.member) return fail("not_in_channel");
          posted++;
          return { ok: true, channel: id, ts: `1700000000.${String(posted).padStart(6, "0")}` };
        default:
          return undefined;
      }
    },
  };
}
