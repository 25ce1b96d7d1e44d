/**
 * Shared by `partners` and `forums`: list the entities of a kind, or quote what the source
 * says about one of them.
 */
import type { EntityKind } from "../content/types.js";
import { echo } from "../input/clean-input.js";
import { itemsOf, listAnswer, noticeAnswer, passagesAnswer } from "./answers.js";
import type { Answer, CommandContext } from "./command.js";

const KIND_LABEL: Readonly<Record<EntityKind, { plural: string; singular: string }>> = {
  partner: { plural: "partners", singular: "partner" },
  forum: { plural: "forums", singular: "forum" },
  subject: { plural: "names", singular: "name" },
};

/** Lists entities of `kind` (no name) or answers with the passages about `name`. */
export function lookupEntity(
  kind: EntityKind,
  command: string,
  name: string | undefined,
  context: CommandContext,
): Answer {
  const { content, index } = context;
  const label = KIND_LABEL[kind];
  if (name === undefined || name === "") {
    const entries = content.entities
      .filter((e) => e.kinds.includes(kind))
      .map((e) => ({
        label: e.name,
        detail: [
          e.aliases.length > 0 ? `also ${e.aliases.slice(0, 3).join(", ")}` : "",
          plural(e.passageIds.length, "passage"),
        ]
          .filter(Boolean)
          .join(" · "),
        command: `${command} ${e.name}`,
      }));
    const example = entries[0]
      ? [`Ask about one: ${context.example(`${command} ${entries[0].label}`)}`]
      : [];
    return listAnswer(`The ${label.plural} the document names`, entries, example);
  }

  // A forum asked for as a partner (or the reverse) is still worth answering.
  const found = index.findEntity(name, [kind]) ?? index.findEntity(name);
  // A plain typo of one name ("Indai") is answered; anything less sure gets "did you mean".
  const corrected = found === undefined ? index.correctEntity(name, [kind]) : undefined;
  const entity = found ?? corrected;
  if (entity === undefined) {
    const suggestions = index
      .closestNames(name, [kind], 3)
      .map((label) => ({ label, command: `${command} ${label}` }));
    return noticeAnswer(
      `No such ${label.singular}`,
      [
        `The document names no ${label.singular} called ${echo(name)}.`,
        `See the list with ${context.example(command)}.`,
      ],
      suggestions,
    );
  }
  const hits = index.aboutEntity(entity);
  const note =
    corrected === undefined
      ? []
      : [`Showing results for ${echo(entity.name)} (you typed ${echo(name)}).`];
  return passagesAnswer(`What the document says about ${entity.name}`, itemsOf(content, hits), {
    intro: [...note, `${entity.name} is mentioned in ${plural(hits.length, "passage")}.`],
  });
}

/** "1 passage", "3 passages". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
