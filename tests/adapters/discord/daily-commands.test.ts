/**
 * `/ct daily on|off|status|preview` through the real interaction handler (gateway, and HTTP
 * interactions) against the fake Discord: who may, the bot's permissions, the confirmation
 * card, what is saved, and what each answer says.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { PERMISSIONS_FIX } from "../../../adapters/discord/daily/send-result.js";
import { DISCORD_ERRORS } from "../../fakes/discord/fake-discord.js";
import { TEST_USER } from "../../fakes/discord/interactions.js";
import { messageProblems } from "../../fakes/discord/message-limits.js";
import { bundledContent } from "../../helpers/content.js";
import { BOT_CAN_POST, type DailyRig, type RigOptions, startDailyRig } from "./daily-setup.js";
import { type MessageData, placesOf } from "./discord-harness.js";

describe("/ct daily on Discord", () => {
  let rig: DailyRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });
  const start = async (options: RigOptions = {}) => {
    rig = await startDailyRig(options);
    return rig;
  };

  it("daily on by a member with Manage Channels posts a confirmation card in the channel and saves 09:00 Europe/Paris, every day", async () => {
    const r = await start();
    const answer = await r.ask({ action: "on" });

    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(answer.data.embeds?.[0]?.title).toBe("Daily facts are on");
    expect(answer.text).toContain("09:00 Europe/Paris, every day");
    expect(answer.text).toContain("Next post: Tue 3 Mar 2026, 09:00 (Europe/Paris)");

    const [card, ...more] = r.fake.channels.postsIn(r.fake.channelId);
    expect(more).toEqual([]);
    const body = card?.body as MessageData;
    expect(body.embeds?.[0]?.title).toBe("Daily facts are on in this channel");
    expect(body.flags).toBeUndefined();
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(messageProblems(body)).toEqual([]);
    const request = r.fake.requests.find(
      (q) => q.path.endsWith("/messages") && q.method === "POST",
    );
    expect(request?.path).toBe(`/v10/channels/${r.fake.channelId}/messages`);
    expect(request?.headers.authorization).toBe(`Bot ${r.fake.botToken}`);

    expect(await r.subscription()).toMatchObject({
      platform: "discord",
      workspaceId: r.fake.guildId,
      channelId: r.fake.channelId,
      time: "09:00",
      timeZone: "Europe/Paris",
      days: "everyday",
      active: true,
      createdBy: TEST_USER.id,
      // 09:00 in Paris is 08:00 UTC in winter.
      nextPostAt: new Date("2026-03-03T08:00:00Z"),
    });
    expect(r.running.logs.join("\n")).not.toContain(r.fake.botToken);
  });

  it("honours daily on 08:30 America/New_York weekdays", async () => {
    const r = await start();
    const { text } = await r.ask({
      action: "on",
      time: "08:30",
      timezone: "America/New_York",
      days: "weekdays",
    });
    expect(text).toContain("08:30 America/New_York, on weekdays (Monday to Friday)");
    // Monday 05:00 in New York: today's 08:30 (EST, UTC-5) is still to come.
    expect(text).toContain("Next post: Mon 2 Mar 2026, 08:30 (America/New_York)");
    expect(await r.subscription()).toMatchObject({
      nextPostAt: new Date("2026-03-02T13:30:00Z"),
    });
  });

  it("refuses a member without Manage Channels, naming who can, and neither posts nor saves", async () => {
    const r = await start();
    const member = { ...r.place, memberPermissions: String(PermissionFlagsBits.SendMessages) };
    const { text, data } = await r.ask({ action: "on" }, member);

    expect(data.flags).toBe(64);
    expect(text).toContain("Not allowed");
    expect(text).toContain(
      "Only members with the Manage Channels permission in this channel can set up daily posts in this channel.",
    );
    expect(r.fake.channels.all).toEqual([]);
    expect(await r.subscription()).toBeUndefined();
  });

  it("lets a member with Administrator (which grants Manage Channels) turn daily posts on", async () => {
    const r = await start();
    const admin = { ...r.place, memberPermissions: String(PermissionFlagsBits.Administrator) };
    expect((await r.ask({ action: "on" }, admin)).text).toContain("Daily facts are on");
  });

  it("refuses in a DM: daily posts need a channel", async () => {
    const r = await start();
    const { text } = await r.ask({ action: "on" }, placesOf(r.fake).dm);
    expect(text).toContain("Daily posts need a channel");
    expect(r.fake.channels.all).toEqual([]);
  });

  it("names the permissions the bot lacks and how to give them, and saves nothing", async () => {
    const r = await start();
    const withoutSend = {
      ...r.place,
      appPermissions: String(PermissionFlagsBits.ViewChannel),
    };
    const { text } = await r.ask({ action: "on" }, withoutSend);

    expect(text).toContain("I can't post in this channel yet");
    expect(text).toContain("ct-bot is missing Send Messages and Embed Links in this channel.");
    expect(text).toContain(`To fix it: ${PERMISSIONS_FIX}. Then run /ct daily action:on again.`);
    expect(r.fake.channels.all).toEqual([]);
    expect(await r.subscription()).toBeUndefined();
  });

  it("keeps the subscription when Discord refuses the confirmation card (after the save), and says how to fix it", async () => {
    const r = await start();
    r.fake.channels.faults.add({ fault: DISCORD_ERRORS.missingPermissions, times: 1 });
    const { text } = await r.ask({ action: "on" });

    expect(text).toContain("The confirmation card could not be posted in the channel");
    expect(text).toContain(`To fix it: ${PERMISSIONS_FIX}.`);
    expect(await r.subscription()).toMatchObject({ active: true });
  });

  it("daily status shows the time, timezone, next post in that timezone, facts left and the state", async () => {
    const r = await start();
    expect((await r.ask({ action: "status" })).text).toContain("Daily facts are off");
    await r.ask({ action: "on", time: "07:15", timezone: "Asia/Tokyo" });

    const status = await r.ask({ action: "status" });
    expect(status.data.flags).toBe(64);
    const total = bundledContent().facts.length;
    expect(status.data.embeds?.[0]?.fields).toEqual([
      { name: "When", value: "07:15 Asia/Tokyo, every day" },
      // Monday 19:00 in Tokyo: the next 07:15 is Tuesday's.
      { name: "Next post", value: "Tue 3 Mar 2026, 07:15 (Asia/Tokyo)" },
      { name: "Facts left in this cycle", value: `${total} of ${total}` },
      { name: "State", value: "Running" },
      // The card's language: the fake guild's locale, or English.
      { name: "Language", value: "English" },
    ]);
  });

  it("daily preview shows the next fact to the caller only, and posts nothing", async () => {
    const r = await start();
    await r.ask({ action: "on" });
    const preview = await r.ask({ action: "preview" });
    expect(preview.data.flags).toBe(64);
    expect(preview.data.embeds?.[0]?.title).toBe("Next daily fact (only you see this)");
    expect(r.fake.channels.all).toHaveLength(1); // the confirmation card only
  });

  it("daily off stops the posts, keeps the subscription, and refuses a member without Manage Channels", async () => {
    const r = await start();
    await r.ask({ action: "on" });
    const member = { ...r.place, memberPermissions: "0" };
    expect((await r.ask({ action: "off" }, member)).text).toContain(
      "Only members with the Manage Channels permission in this channel can turn daily posts off here.",
    );

    const { text } = await r.ask({ action: "off" });
    expect(text).toContain("Daily facts are off");
    expect(await r.subscription()).toMatchObject({ active: false, nextPostAt: null });
    r.clock.set("2026-03-03T08:00:00Z");
    expect((await r.scheduler.tick()).claimed).toBe(0);
    expect(r.factPosts()).toEqual([]);
  });

  it("defers a slow daily on (the confirmation post takes a while), then edits the answer in", async () => {
    const r = await start({ deferAfterMs: 50 });
    r.fake.channels.faults.add({ fault: { kind: "slow", delayMs: 300 }, times: 1 });
    const answer = await r.ask({ action: "on" });

    expect(answer.type).toBe(5);
    const callback = r.fake.requests.find((q) => q.path.endsWith("/callback"));
    expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(answer.data.embeds?.[0]?.title).toBe("Daily facts are on");
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    expect(await r.subscription()).toMatchObject({ active: true });
  });

  it("over HTTP interactions with a bot token, subscribes like the gateway does", async () => {
    const r = await start({ mode: "http" });
    expect(r.running.runtime.poster?.platform).toBe("discord");
    expect((await r.ask({ action: "on" })).text).toContain("Daily facts are on");
    expect(r.fake.channels.postsIn(r.fake.channelId)).toHaveLength(1);
  });

  it("over HTTP interactions without a bot token, has no poster and says daily posts need the token", async () => {
    const r = await start({ mode: "http", env: { DISCORD_TOKEN: "" } });
    expect(r.running.runtime.poster).toBeUndefined();
    const { text } = await r.ask({ action: "on" }, { ...r.place, appPermissions: BOT_CAN_POST });

    expect(text).toContain("Daily posts need the bot token (DISCORD_TOKEN)");
    expect(text).toContain("ask whoever runs ct-bot to set DISCORD_TOKEN and restart it");
    expect(r.fake.channels.all).toEqual([]);
    expect(await r.subscription()).toBeUndefined();
  });
});
