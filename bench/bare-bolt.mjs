// The reference app of the cold-start bench: a bare Bolt app in HTTP mode that answers /ct
// with a fixed reply. Plain JavaScript, like dist/, so neither side pays for a compiler.
// Env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL, PORT.
import bolt from "@slack/bolt";

const app = new bolt.App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: bolt.LogLevel.ERROR,
});
app.command("/ct", async ({ ack, respond }) => {
  await ack();
  await respond({ text: "A fixed reply." });
});
await app.start({ port: Number(process.env.PORT), host: "127.0.0.1" });
process.on("SIGTERM", () => app.stop().then(() => process.exit(0)));
