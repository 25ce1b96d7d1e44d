/**
 * app_uninstalled and tokens_revoked: the workspace removed ct-bot (or its bot token), so
 * nothing can be posted there again. ct-bot forgets the workspace's installation (its token)
 * and its daily-post subscriptions at once, on whichever replica the event reaches. Bolt
 * skips `authorize` for these two events, so they arrive although the token is already dead.
 */

import type { App, Context } from "@slack/bolt";
import type { Logger } from "../../../src/runtime/logger.js";
import type { SlackStore } from "../config.js";

import { type InstallationPlace, installationKey } from "../transport/installations.js";

/** What the uninstall listeners need. */
export interface UninstallDeps {
  /** Where installations and subscriptions live; without one there is nothing to forget. */
  store?: SlackStore;
  logger: Logger;
}

/** Why a workspace is forgotten. */
type RemovalReason = "app_uninstalled" | "tokens_revoked";

/** Registers the app_uninstalled and tokens_revoked listeners on `app`. */
export function handleUninstall(app: App, deps: UninstallDeps): void {
  app.event("app_uninstalled", async ({ context }) => {
    await forgetWorkspace(deps, placeOf(context), "app_uninstalled");
  });
  app.event("tokens_revoked", async ({ event, context }) => {
    // Only the bot token matters: ct-bot asks for no user scopes and keeps no user tokens.
    if ((event.tokens.bot ?? []).length === 0) {
      deps.logger.info(
        { platform: "slack", teamId: context.teamId, users: event.tokens.oauth?.length ?? 0 },
        "Slack user tokens revoked; ct-bot keeps none",
      );
      return;
    }
    await forgetWorkspace(deps, placeOf(context), "tokens_revoked");
  });
}

/**
 * Deletes the installation of `place` and the subscriptions of its workspace, and logs how
 * many of each went (never a token). The installation goes first, so the workspace stops
 * being served even if deleting subscriptions fails.
 */
async function forgetWorkspace(
  deps: UninstallDeps,
  place: InstallationPlace,
  reason: RemovalReason,
): Promise<void> {
  const fields = { platform: "slack", reason, ...place };
  if (deps.store === undefined) {
    deps.logger.info(fields, "a Slack workspace removed ct-bot; nothing is stored for it");
    return;
  }
  const key = installationKey(place);
  const installations = key === undefined ? 0 : await deps.store.deleteInstallation("slack", key);
  const subscriptions =
    place.teamId === undefined ? 0 : await deps.store.deleteWorkspace("slack", place.teamId);
  deps.logger.info(
    { ...fields, installations, subscriptions },
    "forgot a Slack workspace that removed ct-bot",
  );
}

function placeOf(context: Context): InstallationPlace {
  return {
    teamId: context.teamId,
    enterpriseId: context.enterpriseId,
    isEnterpriseInstall: context.isEnterpriseInstall,
  };
}
