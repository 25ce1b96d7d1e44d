/**
 * A scheduler process for the chaos test: reads `tick <ISO instant>` lines on stdin, runs one
 * tick with the clock starting at that instant (then running in real time), and prints
 * `ready` before and the report after each tick. SQLite (DB_FILE) or PostgreSQL
 * (DATABASE_URL + SCHEMA); the real Slack poster against the fake Slack (SLACK_API_URL).
 */
import { createInterface } from "node:readline";
import { createSlackDaily } from "../../adapters/slack/daily/create-daily.js";
import { createBoltLogger } from "../../adapters/slack/transport/bolt-logger.js";
import { singleWorkspaceTokens } from "../../adapters/slack/transport/installations.js";
import { createScheduler } from "../../src/daily/scheduler.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { createPostgresStore } from "../../src/store/postgres-store.js";
import { createSqliteStore } from "../../src/store/sqlite-store.js";
import { content } from "./daily-rig.js";

const { SLACK_API_URL, DB_FILE, DATABASE_URL, SCHEMA } = process.env;
if (!SLACK_API_URL || !(DB_FILE || (DATABASE_URL && SCHEMA))) {
  process.stderr.write("chaos-worker needs SLACK_API_URL and DB_FILE or DATABASE_URL + SCHEMA\n");
  process.exit(2);
}
const store = DB_FILE
  ? createSqliteStore(DB_FILE)
  : createPostgresStore({ connectionString: DATABASE_URL ?? "", schema: SCHEMA ?? "", max: 4 });
await store.migrate();
let base = Date.now();
let started = Date.now();
const clock = { now: () => new Date(base + Date.now() - started) };
const { poster } = createSlackDaily({
  tokenFor: singleWorkspaceTokens("xoxb-chaos"),
  apiUrl: SLACK_API_URL,
  dailyAdmins: [],
  logger: createBoltLogger(silentLogger()),
});
// One send at a time, so a kill cuts off at most one; 20 posts a second.
const scheduler = createScheduler({
  sendConcurrency: 1,
  store,
  content,
  clock,
  posters: [{ ...poster, rateLimit: { requests: 20, perMs: 1000 } }],
  logger: silentLogger(),
});
for await (const line of createInterface({ input: process.stdin })) {
  const [command, at] = line.split(" ");
  if (command !== "tick" || !at) continue;
  base = Date.parse(at);
  started = Date.now();
  process.stdout.write("ready\n");
  const report = await scheduler.tick();
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
await store.close();
