/**
 * `fact [today|random]`: one cited fact, the same for everyone on a given day, or a random one.
 */
import { createHash } from "node:crypto";
import type { Content, Fact } from "../content/types.js";
import { noticeAnswer } from "../replies/answers.js";
import { factAnswer } from "../replies/fact-card.js";
import type { CommandDefinition } from "./command.js";

const DAY_MS = 86_400_000;

/**
 * The fact of the day for `date` (UTC): facts in a fixed pseudo-random order, one per day,
 * so consecutive days never repeat until every fact has been shown.
 */
export function factOfTheDay(content: Content, date: Date): Fact | undefined {
  const order = factOrder(content);
  const day = Math.floor(date.getTime() / DAY_MS);
  return order[((day % order.length) + order.length) % order.length];
}

const orders = new WeakMap<Content, Fact[]>();

/** Facts in a fixed order that does not follow the file, computed once per content. */
function factOrder(content: Content): Fact[] {
  let order = orders.get(content);
  if (order === undefined) {
    order = [...content.facts].sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
    orders.set(content, order);
  }
  return order;
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export const factCommand: CommandDefinition = {
  name: "fact",
  names: { fr: "fait" },
  description: "A cited fact: today's, or a random one",
  usage: "fact [today|random]",
  options: [
    {
      name: "which",
      names: { fr: "lequel" },
      description: "today (the default) or random",
      required: false,
      choices: [
        { name: "today", value: "today", names: { fr: "aujourd’hui" } },
        { name: "random", value: "random", names: { fr: "hasard" } },
      ],
    },
  ],
  examples: ["fact", "fact random"],
  access: "everyone",
  lookup: true,
  run(args, { content, clock, random, t, language }) {
    if (content.facts.length === 0)
      return noticeAnswer(t("fact.none.title"), [t("fact.none.intro")]);
    if (args.which === "random") {
      const fact = content.facts[Math.floor(random() * content.facts.length)] ?? content.facts[0];
      return fact
        ? factAnswer(content, fact, t("fact.random"), t, language)
        : noticeAnswer(t("fact.none.title"), []);
    }
    const fact = factOfTheDay(content, clock.now());
    return fact
      ? factAnswer(content, fact, t("fact.today"), t, language)
      : noticeAnswer(t("fact.none.title"), []);
  },
};
