/**
 * Shared by `partners` and `forums`: list the entities of a kind, or quote what the source
 * says about one of them.
 */
import { foldCase } from "../content/fold-text.js";
import type { Entity, EntityKind } from "../content/types.js";
import type { Language } from "../i18n/language.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { echo } from "../input/clean-input.js";
import type { Answer } from "../replies/answers.js";
import { itemsOf, listAnswer, noticeAnswer, passagesAnswer } from "../replies/answers.js";
import type { CommandContext } from "./command.js";

/** Lists entities of `kind` (no name) or answers with the passages about `name`. */
export function lookupEntity(
  kind: EntityKind,
  command: string,
  name: string | undefined,
  context: CommandContext,
): Answer {
  const { content, index, t } = context;
  if (name === undefined || name === "") {
    const entries = content.entities
      .filter((e) => e.kinds.includes(kind))
      .map((e) => {
        // In French, the French name leads and the English name joins the other names.
        const label = entityNameIn(e, context.language);
        const others = [e.name, ...e.frenchNames, ...e.aliases].filter(
          (n, i, all) => n !== label && all.indexOf(n) === i,
        );
        return {
          label,
          detail: [
            aliasNote(label, label === e.name ? e.aliases : others, t),
            t("count.passages", { count: e.passageIds.length }),
          ]
            .filter(Boolean)
            .join(" · "),
          command: `${command} ${label}`,
        };
      });
    const example = entries[0]
      ? [t("entity.askOne", { example: context.example(`${command} ${entries[0].label}`) })]
      : [];
    return listAnswer(t("entity.list.title", { kind }), entries, example);
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
      t("entity.none.title", { kind }),
      [
        t("entity.none.intro", { kind, name: echo(name, t) }),
        t("entity.none.list", { example: context.example(command) }),
      ],
      suggestions,
    );
  }
  const hits = index.aboutEntity(entity);
  const shown = entityNameIn(entity, context.language);
  const note =
    corrected === undefined
      ? []
      : [t("search.corrected", { shown: echo(shown, t), typed: echo(name, t) })];
  // "forums India" answers, but does not let India pass for a forum.
  const otherKind = entity.kinds.includes(kind)
    ? []
    : [t("entity.otherKind", { name: shown, kind })];
  return passagesAnswer(t("entity.about", { name: shown }), itemsOf(content, hits), {
    intro: [...note, ...otherKind, t("entity.mentioned", { name: shown, count: hits.length })],
  });
}

/** Most aliases a list row shows; the rest still work as names. */
export const LIST_ALIASES_MAX = 3;

/**
 * The name to show for `entity` in `language`: its first French name in French (entities.yaml
 * `fr:`), else its name (`India` → `Inde`; `Nigeria`, which has no `fr:`, stays `Nigeria`).
 */
export function entityNameIn(entity: Entity, language: Language): string {
  return (language === "fr" ? entity.frenchNames[0] : undefined) ?? entity.name;
}

/**
 * "also EU" for a list row: the aliases that read differently from the name and from each
 * other once case, punctuation, spaces and a leading "the" are ignored (`E.U.` is `EU`,
 * `G 8` is `G8`), at most {@link LIST_ALIASES_MAX}; empty when none is left.
 */
export function aliasNote(
  name: string,
  aliases: readonly string[],
  t: Translator["t"] = createTranslator().t,
): string {
  const seen = new Set([aliasKey(name)]);
  const shown: string[] = [];
  for (const alias of aliases) {
    const key = aliasKey(alias);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    shown.push(alias);
    if (shown.length === LIST_ALIASES_MAX) break;
  }
  return shown.length > 0 ? t("entity.also", { names: shown.join(", ") }) : "";
}

function aliasKey(text: string): string {
  return foldCase(text)
    .replace(/^the\s+/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
