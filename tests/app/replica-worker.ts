/**
 * One scheduler replica for replicas.test.ts: PostgreSQL store, the real Slack poster against
 * the fake Slack, one tick at a given instant (the clock then runs in real time), then exit.
 * Environment: SLACK_API_URL, DATABASE_URL, SCHEMA, CLOCK_AT (ISO), BOT_TOKEN.
 */

import { createSlackDaily } from "../../adapters/slack/daily/create-daily.js";
import { createBoltLogger } from "../../adapters/slack/transport/bolt-logger.js";
import { singleWorkspaceTokens } from "../../adapters/slack/transport/installations.js";
import { defaultContentDir } from "../../src/content/content-dir.js";
import { loadContent } from "../../src/content/load-content.js";
import { createScheduler } from "../../src/daily/scheduler.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { createPostgresStore } from "../../src/store/postgres-store.js";

const { SLACK_API_URL, DATABASE_URL, SCHEMA, CLOCK_AT, BOT_TOKEN } = process.env;
if (!SLACK_API_URL || !DATABASE_URL || !SCHEMA || !CLOCK_AT || !BOT_TOKEN) {
  process.stderr.write(
    "replica-worker needs SLACK_API_URL, DATABASE_URL, SCHEMA, CLOCK_AT and BOT_TOKEN\n",
  );
  process.exit(2);
}
const started = Date.now();
const at = new Date(CLOCK_AT).getTime();
const clock = { now: () => new Date(at + Date.now() - started) };
const store = createPostgresStore({ connectionString: DATABASE_URL, schema: SCHEMA, max: 4 });
const { poster } = createSlackDaily({
  tokenFor: singleWorkspaceTokens(BOT_TOKEN),
  apiUrl: SLACK_API_URL,
  dailyAdmins: [],
  logger: createBoltLogger(silentLogger()),
});
// The fake has no rate limit to respect: lift the Slack budget so the test runs in seconds.
const scheduler = createScheduler({
  store,
  content: loadContent([defaultContentDir()]),
  clock,
  posters: [{ ...poster, rateLimit: { requests: 1000, perMs: 1000 } }],
  logger: silentLogger(),
});
const report = await scheduler.tick();
process.stdout.write(`${JSON.stringify(report)}\n`);
await store.close();
