/**
 * The fake Discord's channel messages: `POST /v10/channels/:id/messages` records each post per
 * channel, honours `nonce` + `enforce_nonce` like Discord (a repeated nonce returns the first
 * message and posts nothing), and injects the faults in its {@link FaultBook}.
 */
import { createFaultBook, type DiscordFault, type FaultBook } from "./fake-faults.js";
import { type FakeAnswer, fakeId } from "./fake-rest.js";
import { messageProblems } from "./message-limits.js";
import { rateLimited } from "./rate-limited.js";

/** A message the bot posted in a channel. */
export interface ChannelPost {
  channelId: string;
  messageId: string;
  /** The request body as sent. */
  body: Record<string, unknown>;
}

/** The channels and what was posted in them. */
export interface FakeChannels {
  /** Every message created, in order. */
  readonly all: ChannelPost[];
  /** Messages created in `channelId`. */
  postsIn(channelId: string): ChannelPost[];
  readonly faults: FaultBook;
  /** Answers a create-message request. */
  post(channelId: string, body: unknown): FakeAnswer;
}

// Discord's limit, written out here independently of the adapter's constant.
const NONCE_MAX = 25;

/** Creates empty channels (any channel id exists unless a fault says otherwise). */
export function createFakeChannels(botUserId: string): FakeChannels {
  const all: ChannelPost[] = [];
  const faults = createFaultBook();
  // Discord remembers nonces per author "for a few minutes"; tests are shorter than that.
  const byNonce = new Map<string, ChannelPost>();

  const create = (channelId: string, body: Record<string, unknown>): ChannelPost => {
    const nonce = typeof body.nonce === "string" ? body.nonce : undefined;
    const earlier = nonce !== undefined && body.enforce_nonce === true && byNonce.get(nonce);
    if (earlier) return earlier;
    const post = { channelId, messageId: fakeId(), body };
    all.push(post);
    if (nonce !== undefined) byNonce.set(nonce, post);
    return post;
  };
  const created = (post: ChannelPost): FakeAnswer => ({
    status: 200,
    body: {
      ...post.body,
      id: post.messageId,
      channel_id: post.channelId,
      author: { id: botUserId, username: "ct-bot", bot: true },
    },
  });

  return {
    all,
    postsIn: (channelId) => all.filter((p) => p.channelId === channelId),
    faults,
    post(channelId, raw) {
      const body = (raw ?? {}) as Record<string, unknown>;
      const fault = faults.take(channelId);
      if (fault && fault.kind !== "hang" && fault.kind !== "slow") return failure(fault);
      const problems = messageProblems(body);
      if (typeof body.nonce === "string" && body.nonce.length > NONCE_MAX)
        problems.push(`nonce is ${body.nonce.length} characters (max ${NONCE_MAX})`);
      if (problems.length > 0)
        return {
          status: 400,
          body: { message: "Invalid Form Body", code: 50035, errors: problems },
        };
      const hang: FakeAnswer = { status: 0, hang: true };
      if (fault?.kind === "hang" && !fault.posted) return hang;
      const post = create(channelId, body);
      if (fault?.kind === "hang") return hang;
      return { ...created(post), ...(fault?.kind === "slow" ? { delayMs: fault.delayMs } : {}) };
    },
  };
}

/** The answer for a fault after which nothing was posted. */
function failure(fault: Exclude<DiscordFault, { kind: "hang" | "slow" }>): FakeAnswer {
  switch (fault.kind) {
    case "rate-limited":
      return rateLimited(fault.retryAfterS, fault.global === true, fault.headersOnly === true);
    case "http-error":
      return { status: fault.status, body: { message: `${fault.status}: Server Error`, code: 0 } };
    case "discord-error":
      return { status: fault.status, body: { message: fault.message, code: fault.code } };
  }
}
