/**
 * The installation store Bolt's OAuth installer writes to and its authorize reads from, over
 * a real SQLite store: where each kind of install is filed, what is kept (encrypted), what is
 * refused. And the authorize page that goes with SLACK_API_URL.
 */
import type { Installation } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import {
  botTokenOf,
  createSlackInstallationStore,
} from "../../../adapters/slack/transport/installations.js";
import { authorizeUrlFor } from "../../../adapters/slack/transport/receivers.js";
import { silentLogger } from "../../../src/runtime/logger.js";
import { type KeyRing, parseKeyRing } from "../../../src/runtime/secret-box.js";
import { sealInstallations } from "../../../src/store/sealed-installations.js";
import type { Store } from "../../../src/store/store.js";
import { openStore } from "./daily-setup.js";
import { ENCRYPTION_KEY } from "./slack-harness.js";

function ringOf(value: string): KeyRing {
  const read = parseKeyRing(value);
  if (!("ring" in read)) throw new Error(read.problem);
  return read.ring;
}
const ring = ringOf(ENCRYPTION_KEY);

const workspaceInstall: Installation = {
  team: { id: "T0TEAM01", name: "Team" },
  enterprise: undefined,
  user: { id: "U0ADMIN1", token: "xoxp-user-token-not-wanted", scopes: ["search:read"] },
  bot: {
    token: "xoxb-team-token",
    scopes: ["commands"],
    id: "B0BOT001",
    userId: "U0BOT001",
  },
  isEnterpriseInstall: false,
  authVersion: "v2",
};

const orgInstall: Installation = {
  team: undefined,
  enterprise: { id: "E0ORG001", name: "Org" },
  user: { id: "U0ADMIN1", token: undefined, scopes: undefined },
  bot: { token: "xoxb-org-token", scopes: ["commands"], id: "B0BOT002", userId: "U0BOT002" },
  isEnterpriseInstall: true,
  authVersion: "v2",
};

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function installations() {
  const store = await openStore();
  opened.push(store);
  const sealed = sealInstallations(store, ring);
  return {
    store,
    sealed,
    installs: createSlackInstallationStore({ store: sealed, logger: silentLogger() }),
  };
}

describe("the Slack installation store", () => {
  it("files a workspace install under its team id, without the installing person's token", async () => {
    const { sealed, installs } = await installations();
    await installs.storeInstallation(workspaceInstall);

    const saved = await sealed.getInstallation("slack", "T0TEAM01");
    expect(botTokenOf(saved)).toBe("xoxb-team-token");
    expect(JSON.stringify(saved)).not.toContain("xoxp-");
    const fetched = await installs.fetchInstallation({
      teamId: "T0TEAM01",
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(fetched.bot?.token).toBe("xoxb-team-token");
  });

  it("keeps no token readable in the database row", async () => {
    const { store, installs } = await installations();
    await installs.storeInstallation(workspaceInstall);
    await installs.storeInstallation(orgInstall);
    for (const key of ["T0TEAM01", "E0ORG001"]) {
      const row = JSON.stringify(await store.getInstallation("slack", key));
      expect(row).not.toMatch(/xox[a-z]-/u);
      expect(row).not.toContain("U0BOT");
    }
  });

  it("reads an installation saved in plaintext before encryption, and encrypts its row", async () => {
    const { store, installs } = await installations();
    await store.saveInstallation("slack", "T0TEAM01", workspaceInstall, new Date());
    const query = { teamId: "T0TEAM01", enterpriseId: undefined, isEnterpriseInstall: false };
    expect((await installs.fetchInstallation(query)).bot?.token).toBe("xoxb-team-token");
    expect(JSON.stringify(await store.getInstallation("slack", "T0TEAM01"))).not.toContain("xoxb-");
    expect((await installs.fetchInstallation(query)).bot?.token).toBe("xoxb-team-token");
  });

  it("refuses a row copied under another workspace's key", async () => {
    const { store, installs } = await installations();
    await installs.storeInstallation(workspaceInstall);
    const row = await store.getInstallation("slack", "T0TEAM01");
    await store.saveInstallation("slack", "T0OTHER1", row, new Date());
    const query = { teamId: "T0OTHER1", enterpriseId: undefined, isEnterpriseInstall: false };
    await expect(installs.fetchInstallation(query)).rejects.toMatchObject({
      code: "secret_undecryptable",
    });
  });

  it("files an org-wide install under its enterprise id, found for any workspace of the org", async () => {
    const { sealed, installs } = await installations();
    await installs.storeInstallation(orgInstall);

    expect(botTokenOf(await sealed.getInstallation("slack", "E0ORG001"))).toBe("xoxb-org-token");
    const fetched = await installs.fetchInstallation({
      teamId: undefined,
      enterpriseId: "E0ORG001",
      isEnterpriseInstall: true,
    });
    expect(fetched.bot?.token).toBe("xoxb-org-token");
  });

  it("refuses an install without a bot token", async () => {
    const { installs } = await installations();
    const { bot: _bot, ...withoutBot } = workspaceInstall;
    await expect(installs.storeInstallation(withoutBot as Installation)).rejects.toMatchObject({
      code: "slack_installation_invalid",
    });
  });

  it("answers a workspace it has no installation for with slack_not_installed", async () => {
    const { installs } = await installations();
    const query = { teamId: "T0NOBODY", enterpriseId: undefined, isEnterpriseInstall: false };
    await expect(installs.fetchInstallation(query)).rejects.toMatchObject({
      code: "slack_not_installed",
    });
  });

  it("deletes an installation", async () => {
    const { store, installs } = await installations();
    await installs.storeInstallation(workspaceInstall);
    const query = { teamId: "T0TEAM01", enterpriseId: undefined, isEnterpriseInstall: false };
    await installs.deleteInstallation?.(query);
    expect(await store.getInstallation("slack", "T0TEAM01")).toBeUndefined();
  });
});

describe("authorizeUrlFor", () => {
  it.each([
    [undefined, "https://slack.com/oauth/v2/authorize"],
    ["https://slack.com/api/", "https://slack.com/oauth/v2/authorize"],
    ["https://slack-gov.com/api", "https://slack-gov.com/oauth/v2/authorize"],
    ["http://127.0.0.1:4000/api/", "http://127.0.0.1:4000/oauth/v2/authorize"],
  ])("puts the authorize page of %s beside its Web API", (apiUrl, expected) => {
    expect(authorizeUrlFor(apiUrl)).toBe(expected);
  });
});
