/**
 * App Home: publishes the Home tab when someone opens it.
 */
import type { App } from "@slack/bolt";
import type { Logger } from "../../../src/runtime/logger.js";
import type { HomeView } from "../render/home.js";

/** Registers the app_home_opened listener, publishing `view` (the same for everyone). */
export function handleHome(app: App, view: HomeView, logger: Logger): void {
  app.event("app_home_opened", async ({ event, client }) => {
    // The Messages tab opens the same event; only the Home tab needs a view.
    if (event.tab !== "home") return;
    try {
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      logger.error({ err: error, platform: "slack" }, "could not publish the Home tab");
    }
  });
}
