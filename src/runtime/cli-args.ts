/**
 * Command-line argument errors in our words. `node:util` parseArgs throws TypeErrors whose
 * messages run over several sentences (and its unknown-option hint has an unbalanced quote);
 * every `ct-bot` command shows them as one line instead.
 */

/**
 * The one-line problem behind a `parseArgs` error (its `code` starts with `ERR_PARSE_ARGS`),
 * or undefined for any other error. `positionals` says whether the command takes text after
 * its options, which is when the `--` hint helps.
 *
 * @example
 * argsProblem(unknownOptionError, true);
 * // 'unknown option --colour (to start the text with "-", put it after --: -- "--colour")'
 */
export function argsProblem(error: unknown, positionals: boolean): string | undefined {
  if (!(error instanceof TypeError) || !("code" in error)) return undefined;
  const code = String(error.code);
  if (!code.startsWith("ERR_PARSE_ARGS")) return undefined;
  const first = error.message.split("\n")[0] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /^Unknown option '([^']*)'/u.exec(first)?.[1] ?? "";
    return positionals
      ? `unknown option ${option} (to start the text with "-", put it after --: -- "${option}")`
      : `unknown option ${option}`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const word = /^Unexpected argument '([^']*)'/u.exec(first)?.[1] ?? "";
    return `unexpected argument "${word}": this command takes only options`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /^Option '(-[^' ]*)/u.exec(first)?.[1];
    if (option !== undefined)
      return first.includes("argument missing")
        ? `${option} needs a value`
        : `${option} takes no value`;
  }
  return first.replace(/\.$/u, "");
}
