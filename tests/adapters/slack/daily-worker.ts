/**
 * A scheduler process for the kill test (daily-restart.test.ts): opens the SQLite file,
 * runs one tick against the fake Slack with a manual clock, prints the report, exits.
 * Environment: SLACK_API_URL (the fake), DB_FILE, CLOCK_AT (an ISO instant).
 */
import { createManualClock } from "../../../src/runtime/clock.js";
import { openStore, posterFor, schedulerFor } from "./daily-setup.js";

const { SLACK_API_URL, DB_FILE, CLOCK_AT } = process.env;
if (!SLACK_API_URL || !DB_FILE || !CLOCK_AT) {
  process.stderr.write("daily-worker needs SLACK_API_URL, DB_FILE and CLOCK_AT\n");
  process.exit(2);
}
const store = await openStore(DB_FILE);
const clock = createManualClock(CLOCK_AT);
const { scheduler } = schedulerFor(store, clock, [posterFor(SLACK_API_URL)]);
const report = await scheduler.tick();
process.stdout.write(`${JSON.stringify(report)}\n`);
await store.close();
