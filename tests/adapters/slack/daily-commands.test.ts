/**
 * `/ct daily on|off|status|preview` through the real Bolt app (HTTP transport) against the
 * fake Slack: who may, the channel checks, what is saved, and what each answer says.
 */
import { afterEach, describe, expect, it } from "vitest";
import { INVITE_FIX } from "../../../adapters/slack/daily/send-result.js";
import { FAKE_USERS } from "../../fakes/slack/fake-workspace.js";
import { TEST_USER } from "../../fakes/slack/slack-payloads.js";
import { type DailyRig, startDailyRig, textOf } from "./daily-setup.js";
import { headerText } from "./message-parts.js";
import { SECRETS } from "./slack-harness.js";

const CHANNEL = TEST_USER.channel;
const admin = { userId: FAKE_USERS.admin.id };
const owner = { userId: FAKE_USERS.owner.id };
const alice = { userId: FAKE_USERS.regular.id };
const bob = { userId: FAKE_USERS.another.id };
const delegate = { userId: FAKE_USERS.delegate.id };

/** users.info asked for a person's locale (the reply's language), not for their role. */
const isLocaleLookup = (call: { method: string; args: Record<string, unknown> }) =>
  call.method === "users.info" && call.args.include_locale !== undefined;
/** users.info asked for a person's role (admin, owner): what daily's permission check costs. */
const roleLookups = (rig: DailyRig) =>
  rig.h.fake.callsOf("users.info").filter((c) => !isLocaleLookup(c));

describe("/ct daily in Slack", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it("daily on by an admin posts a confirmation card in the channel and saves 09:00 Europe/Paris, every day", async () => {
    rig = await startDailyRig();
    const { body, text } = await rig.ask(admin, "daily on");

    expect(body.response_type).toBe("ephemeral");
    expect(headerText(body)).toBe("Daily facts are on");
    expect(text).toContain("09:00 Europe/Paris, every day");
    expect(text).toContain("Next post: Tue 3 Mar 2026, 09:00 (Europe/Paris)");
    const [card, ...more] = rig.h.fake.postsIn(CHANNEL);
    expect(more).toEqual([]);
    expect(headerText(card?.args)).toBe("Daily facts are on in this channel");
    expect(card?.args).toMatchObject({ unfurl_links: "false", unfurl_media: "false" });
    expect(card?.args.text).toEqual(expect.any(String));
    expect(rig.h.fake.callsOf("chat.postMessage")[0]?.token).toBe(SECRETS.botToken);

    expect(rig.h.logText()).not.toContain(SECRETS.botToken);
    const saved = await rig.subscription(CHANNEL);
    expect(saved).toMatchObject({
      time: "09:00",
      timeZone: "Europe/Paris",
      days: "everyday",
      active: true,
      createdBy: FAKE_USERS.admin.id,
      // 09:00 in Paris is 08:00 UTC in winter.
      nextPostAt: new Date("2026-03-03T08:00:00Z"),
    });
  });

  it("honours daily on 08:30 America/New_York weekdays (from an owner)", async () => {
    rig = await startDailyRig();
    const { text } = await rig.ask(owner, "daily on 08:30 America/New_York weekdays");

    expect(text).toContain("08:30 America/New_York, on weekdays (Monday to Friday)");
    // Monday 05:00 in New York: today's 08:30 (EST, UTC-5) is still to come.
    expect(text).toContain("Next post: Mon 2 Mar 2026, 08:30 (America/New_York)");
    expect(await rig.subscription(CHANNEL)).toMatchObject({
      time: "08:30",
      timeZone: "America/New_York",
      days: "weekdays",
      nextPostAt: new Date("2026-03-02T13:30:00Z"),
    });
  });

  it("lets the primary owner turn daily posts on", async () => {
    rig = await startDailyRig();
    await rig.ask({ userId: FAKE_USERS.primaryOwner.id }, "daily on");
    expect(await rig.subscription(CHANNEL)).toMatchObject({ active: true });
  });

  it("refuses a regular member politely, naming who can, and neither checks the channel nor saves", async () => {
    rig = await startDailyRig();
    const { text } = await rig.ask(alice, "daily on");

    expect(text).toContain("Not allowed");
    // The README promises the refusal names everyone who can: admins, CT_DAILY_ADMINS, the creator.
    expect(text).toContain(
      "Only workspace admins and owners, the people listed in the bot's CT_DAILY_ADMINS setting (nobody is listed yet), and (once posts are on) the person who turned them on can set up daily posts in this channel.",
    );
    expect(roleLookups(rig).map((c) => c.args.user)).toEqual([alice.userId]);
    expect(rig.h.fake.callsOf("conversations.info")).toEqual([]);
    expect(rig.h.fake.posts.all).toEqual([]);
    expect(await rig.subscription(CHANNEL)).toBeUndefined();
  });

  it("lets a user listed in CT_DAILY_ADMINS turn daily posts on without looking them up, and names the list to others", async () => {
    rig = await startDailyRig({ env: { CT_DAILY_ADMINS: `U0NOBODY, ${delegate.userId}` } });
    const { text } = await rig.ask(delegate, "daily on");
    expect(text).toContain("Daily facts are on");
    expect(roleLookups(rig)).toEqual([]);
    expect(await rig.subscription(CHANNEL)).toMatchObject({ createdBy: delegate.userId });

    const refused = await rig.ask(bob, "daily off");
    expect(refused.text).toContain(
      "Only workspace admins and owners, the people listed in the bot's CT_DAILY_ADMINS setting, and the person who turned them on here can turn daily posts off here.",
    );
  });

  it("lets the creator turn daily posts off, and not another regular member", async () => {
    rig = await startDailyRig();
    // Alice was an admin when she turned daily posts on; she no longer is.
    rig.h.fake.workspace.setUser(alice.userId, { is_admin: true });
    await rig.ask(alice, "daily on");
    rig.h.fake.workspace.setUser(alice.userId, {});

    const refused = await rig.ask(bob, "daily off");
    expect(refused.text).toContain(
      "Only workspace admins and owners, the people listed in the bot's CT_DAILY_ADMINS setting (nobody is listed yet), and the person who turned them on here can turn daily posts off here.",
    );
    expect(await rig.subscription(CHANNEL)).toMatchObject({ active: true });

    const lookups = roleLookups(rig).length;
    const { text } = await rig.ask(alice, "daily off");
    expect(text).toContain("Daily facts are off");
    // The creator is recognised from the subscription: no lookup.
    expect(roleLookups(rig)).toHaveLength(lookups);
    expect(await rig.subscription(CHANNEL)).toMatchObject({ active: false, nextPostAt: null });
  });

  it("says so when it cannot tell admins apart for lack of users:read, and never claims to know", async () => {
    rig = await startDailyRig();
    rig.h.fake.faults.add({
      method: "users.info",
      fault: { kind: "slack-error", error: "missing_scope" },
    });
    const { text } = await rig.ask(admin, "daily on");
    expect(text).toContain("Not allowed");
    expect(text).toContain("users:read scope and reinstalled");
    expect(await rig.subscription(CHANNEL)).toBeUndefined();
  });

  it("apologises with a reference when Slack cannot be asked who the caller is, and logs it", async () => {
    rig = await startDailyRig();
    rig.h.fake.faults.add({ method: "users.info", fault: { kind: "http-error", status: 503 } });
    const { text } = await rig.ask(admin, "daily on");
    const reference = /reference (\w+)/u.exec(text)?.[1];
    expect(reference).toBeDefined();
    const logged = rig.h.logs.find((line) => line.reference === reference);
    expect((logged?.err as { code?: string } | undefined)?.code).toBe("slack_daily_lookup_failed");
    expect(await rig.subscription(CHANNEL)).toBeUndefined();
  });

  it("when Slack refuses the confirmation card (after the save), keeps the subscription and says so with the fix", async () => {
    rig = await startDailyRig();
    rig.h.fake.faults.add({
      channel: CHANNEL,
      fault: { kind: "slack-error", error: "restricted_action" },
    });
    const { text } = await rig.ask(admin, "daily on");
    expect(text).toContain("The confirmation card could not be posted in the channel");
    expect(text).toContain("ask a workspace admin to let ct-bot post in this channel");
    expect(text).toContain("Turn it off with daily off");
    expect(await rig.subscription(CHANNEL)).toMatchObject({ active: true });
  });

  it.each([
    ["a D… conversation id", { channelId: "D0ALICE1", channelName: "directmessage" }],
    ["channel_name directmessage", { channelId: "C0NOTREAL", channelName: "directmessage" }],
  ])(
    "in a direct message (%s), says daily posts need a channel and asks Slack nothing",
    async (_, where) => {
      rig = await startDailyRig();
      const { text } = await rig.ask({ ...admin, ...where }, "daily on");
      expect(text).toContain("Daily posts need a channel");
      expect(
        rig.h.fake.calls.all.filter((c) => c.method !== "auth.test" && !isLocaleLookup(c)),
      ).toEqual([]);
    },
  );

  it("in a private channel without the bot, says to invite it and saves nothing", async () => {
    rig = await startDailyRig();
    rig.h.fake.workspace.setChannel("G0SECRET", { private: true, member: false });
    const { text } = await rig.ask({ ...admin, channelId: "G0SECRET" }, "daily on");

    expect(text).toContain("I can't post in this channel yet");
    expect(text).toContain(`To fix it: ${INVITE_FIX}. Then run /ct daily on again.`);
    expect(rig.h.fake.callsOf("conversations.join")).toEqual([]);
    expect(rig.h.fake.posts.all).toEqual([]);
    expect(await rig.subscription("G0SECRET")).toBeUndefined();
  });

  it("in a private channel the bot was invited to, subscribes", async () => {
    rig = await startDailyRig();
    rig.h.fake.workspace.setChannel("G0INVITED", { private: true, member: true });
    await rig.ask({ ...admin, channelId: "G0INVITED" }, "daily on");
    expect(rig.h.fake.postsIn("G0INVITED")).toHaveLength(1);
    expect(await rig.subscription("G0INVITED")).toMatchObject({ active: true });
  });

  it("in a public channel without the bot, joins it, then subscribes", async () => {
    rig = await startDailyRig();
    rig.h.fake.workspace.setChannel("C0RANDOM", { member: false });
    const { text } = await rig.ask({ ...admin, channelId: "C0RANDOM" }, "daily on");

    expect(text).toContain("Daily facts are on");
    expect(rig.h.fake.callsOf("conversations.join", "C0RANDOM")).toHaveLength(1);
    expect(rig.h.fake.workspace.channel("C0RANDOM").member).toBe(true);
    expect(rig.h.fake.postsIn("C0RANDOM")).toHaveLength(1);
    expect(await rig.subscription("C0RANDOM")).toMatchObject({ active: true });
  });

  it("in a public channel the workspace will not let the bot join, says to invite it", async () => {
    rig = await startDailyRig();
    rig.h.fake.workspace.setChannel("C0LOCKED", { member: false, joinError: "restricted_action" });
    const { text } = await rig.ask({ ...admin, channelId: "C0LOCKED" }, "daily on");
    expect(text).toContain("could not join it (Slack said restricted_action)");
    expect(text).toContain(INVITE_FIX);
    expect(await rig.subscription("C0LOCKED")).toBeUndefined();
  });

  it("daily status shows the time, timezone, next post in that timezone and facts left", async () => {
    rig = await startDailyRig();
    await rig.ask(admin, "daily on 08:30 America/New_York weekdays");
    const facts = rig.h.bot.content.facts.length;
    const { text } = await rig.ask(alice, "daily status");

    expect(text).toContain("*When* — 08:30 America/New_York, on weekdays (Monday to Friday)");
    expect(text).toContain("*Next post* — Mon 2 Mar 2026, 08:30 (America/New_York)");
    expect(text).toContain(`*Facts left in this cycle* — ${facts} of ${facts}`);
    expect(text).toContain("*State* — Running");
  });

  it("daily preview shows the next fact privately, posting nothing", async () => {
    rig = await startDailyRig();
    await rig.ask(admin, "daily on");
    const posts = rig.h.fake.posts.all.length;
    const { body } = await rig.ask(alice, "daily preview");

    expect(body.response_type).toBe("ephemeral");
    expect(headerText(body)).toBe("Next daily fact (only you see this)");
    expect(textOf(body)).toContain("Source:");
    expect(rig.h.fake.posts.all).toHaveLength(posts);
  });
});
