/**
 * No container engine runs here, so this repeats the Dockerfile's steps in a clean temporary
 * copy: install from the lock file, build, prune to production dependencies, then run the
 * built output with only what the runtime image holds. A dev-only package that the runtime
 * needs would make the bot fail to start or to answer here.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/content/content-dir.js";
import { type FakeSlack, startFakeSlack } from "../fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../fakes/slack/slack-payloads.js";
import { startBotProcess, stopBotProcess } from "../helpers/bot-process.js";

const root = packageRoot();
const temporary: string[] = [];
let fake: FakeSlack | undefined;

const SECRET = "container-signing-secret";
// Dev-only packages; @types/node is not listed: Slack's SDK packages depend on it at runtime.
const DEV_ONLY = ["vitest", "typescript", "tsx", "fast-check", "@biomejs/biome"];

function npm(args: string[], cwd: string): void {
  execFileSync("npm", args, {
    cwd,
    stdio: "pipe",
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });
}

function copy(names: string[], from: string, to: string): void {
  for (const name of names) cpSync(join(from, name), join(to, name), { recursive: true });
}

afterAll(async () => {
  await fake?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("the container image's steps", () => {
  it("installs, builds, prunes to production dependencies, and the built bot answers", {
    timeout: 240_000,
  }, async () => {
    // Build stage.
    const build = mkdtempSync(join(tmpdir(), "ct-image-build-"));
    temporary.push(build);
    copy(["package.json", "package-lock.json"], root, build);
    npm(["ci", "--ignore-scripts"], build);
    // The Dockerfile runs better-sqlite3's build-release script (node-gyp), which compiles
    // SQLite (minutes here). Its output is the binary this checkout already built for the same
    // Node, so the test copies that instead of compiling it again. Like the Dockerfile, it
    // keeps only that binary of better-sqlite3's build: no deps/, src/, object files.
    const sqlite = "node_modules/better-sqlite3";
    copy([`${sqlite}/build/Release/better_sqlite3.node`], root, build);
    for (const leftover of ["deps", "src", "binding.gyp"])
      rmSync(join(build, sqlite, leftover), { recursive: true, force: true });
    copy(["tsconfig.json", "tsconfig.build.json", "bin", "src", "adapters", "app"], root, build);
    npm(["run", "build"], build);
    npm(["prune", "--omit=dev"], build);

    // Runtime stage: only what the image copies.
    const image = mkdtempSync(join(tmpdir(), "ct-image-run-"));
    temporary.push(image);
    copy(["package.json", "node_modules", "dist"], build, image);
    copy(["content"], root, image);
    for (const name of DEV_ONLY)
      expect(existsSync(join(image, "node_modules", name)), name).toBe(false);

    fake = await startFakeSlack();
    const bot = startBotProcess({
      from: "built",
      cwd: image,
      env: {
        NODE_ENV: "production",
        DATA_DIR: join(image, "data"),
        SLACK_BOT_TOKEN: "xoxb-container-test",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
      },
    });
    const base = `http://127.0.0.1:${await bot.port}`;

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(existsSync(join(image, "data", "ct-bot.sqlite"))).toBe(true);

    const sink = fake.responseUrl();
    const sent = await postSigned(
      `${base}/slack/events`,
      commandBody(slashCommand("principles", sink.url)),
      { secret: SECRET },
    );
    expect(sent.status).toBe(200);
    const answer = await fake.responses.waitFor((post) => post.id === sink.id, 10_000);
    expect(JSON.stringify(answer.body)).toContain("condemning terrorism in all its forms");

    const stopped = await stopBotProcess(bot);
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
  });
});
