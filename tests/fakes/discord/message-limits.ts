/**
 * The test oracle for Discord's message limits: what Discord's API rejects with "Invalid Form
 * Body". The numbers are written out here from ../shared/PLATFORMS.md, independently of the
 * adapter's constants, so a wrong constant in the adapter fails the tests.
 */

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}

interface ButtonLike {
  type: number;
  custom_id?: string;
  label?: string;
}

/** The problems Discord would report for a message body; empty when it would be accepted. */
export function messageProblems(body: unknown): string[] {
  const problems: string[] = [];
  const message = (body ?? {}) as {
    content?: string;
    embeds?: EmbedLike[];
    components?: Array<{ type: number; components?: ButtonLike[] }>;
  };
  const over = (what: string, text: string | undefined, max: number, min = 0) => {
    if (text === undefined) return;
    if (text.length > max) problems.push(`${what} is ${text.length} characters (max ${max})`);
    if (text.length < min) problems.push(`${what} is empty`);
  };
  over("content", message.content, 2000);
  const embeds = message.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((embed, e) => {
    over(`embeds[${e}].title`, embed.title, 256);
    over(`embeds[${e}].description`, embed.description, 4096);
    over(`embeds[${e}].footer`, embed.footer?.text, 2048);
    over(`embeds[${e}].author`, embed.author?.name, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push(`embeds[${e}] has ${fields.length} fields (max 25)`);
    fields.forEach((field, f) => {
      over(`embeds[${e}].fields[${f}].name`, field.name, 256, 1);
      over(`embeds[${e}].fields[${f}].value`, field.value, 1024, 1);
      total += field.name.length + field.value.length;
    });
    total += (embed.title ?? "").length + (embed.description ?? "").length;
    total += (embed.footer?.text ?? "").length + (embed.author?.name ?? "").length;
  });
  if (total > 6000) problems.push(`embeds hold ${total} characters (max 6000)`);
  const rows = message.components ?? [];
  if (rows.length > 5) problems.push(`${rows.length} action rows (max 5)`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    const buttons = row.components ?? [];
    if (buttons.length > 5) problems.push(`row ${r} has ${buttons.length} buttons (max 5)`);
    for (const button of buttons) {
      over(`button label`, button.label, 80, 1);
      over(`custom_id`, button.custom_id, 100, 1);
      if (button.custom_id !== undefined) {
        if (ids.has(button.custom_id)) problems.push(`duplicate custom_id ${button.custom_id}`);
        ids.add(button.custom_id);
      }
    }
  });
  return problems;
}

/** The problems Discord would report for autocomplete choices. */
export function choiceProblems(choices: ReadonlyArray<{ name: string; value: string }>): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices (max 25)`);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > 100)
      problems.push(`choice name "${choice.name}"`);
    if (choice.value.length < 1 || choice.value.length > 100)
      problems.push(`choice value "${choice.value}"`);
  }
  return problems;
}
