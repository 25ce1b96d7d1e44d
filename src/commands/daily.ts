/**
 * `daily on|off|status|preview`: a channel's daily fact subscription. Parsed and validated
 * here; the subscription itself needs a platform adapter with a store (see src/daily/).
 */
import {
  DAILY_ACTIONS,
  DAILY_DAYS,
  parseDailyText,
  validateDailyArgs,
} from "../daily/daily-options.js";
import { noticeAnswer } from "../replies/answers.js";
import type { CommandDefinition } from "./command.js";

export const dailyCommand: CommandDefinition = {
  name: "daily",
  description: "Subscribe this channel to one cited fact a day, at its local time",
  usage: "daily on [HH:MM] [timezone] [weekdays|everyday] | off | status | preview",
  options: [
    {
      name: "action",
      description: "on, off, status or preview",
      required: true,
      choices: DAILY_ACTIONS.map((a) => ({ name: a, value: a })),
    },
    {
      name: "time",
      description: "Local time to post, HH:MM (default 09:00)",
      required: false,
      maxLength: 8,
      placeholder: "HH:MM",
    },
    {
      name: "timezone",
      description: "IANA timezone (default Europe/Paris)",
      required: false,
      autocomplete: "timezones",
      maxLength: 64,
      placeholder: "Europe/Paris",
    },
    {
      name: "days",
      description: "everyday (default) or weekdays",
      required: false,
      choices: DAILY_DAYS.map((d) => ({ name: d, value: d })),
    },
  ],
  examples: ["daily on", "daily on 08:30 America/New_York weekdays", "daily status", "daily off"],
  access: "channel-managers",
  platforms: ["slack", "discord"],
  lookup: false,
  parseText: parseDailyText,
  validate: validateDailyArgs,
  run(args, context) {
    if (context.daily)
      return context.daily.service.run(args, context.daily.access, context.example);
    return noticeAnswer("Daily posts are not available here", [
      `Daily facts are posted in Slack and Discord channels. For today's fact, try ${context.example("fact")}.`,
    ]);
  },
};
