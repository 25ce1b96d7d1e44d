#!/usr/bin/env node
/**
 * The ct-bot executable. See app/main.ts for the commands.
 */
import { main } from "../app/main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ct-bot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
