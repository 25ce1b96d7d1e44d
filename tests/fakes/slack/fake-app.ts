/**
 * Who is who in the fake Slack: the ct-bot app's credentials, its bot user in the home
 * workspace, and the workspaces that can install it through OAuth.
 */

/** The bot user the fake's auth.test reports for the single-workspace bot token. */
export const FAKE_BOT = { userId: "UBOT0001", botId: "BBOT0001", teamId: "T0FAKE01" };

/** The app's credentials, as its Basic Information page shows them (OAuth mode). */
export const FAKE_APP = {
  appId: "A0FAKE",
  clientId: "1000000001.2000000002",
  clientSecret: "fake-client-secret-7c1d9e0a",
};

/** A workspace that can install the app. */
export interface FakeTeam {
  id: string;
  name: string;
}

/** The workspaces: `home` is where TEST_USER types; `other` is a second, unrelated one. */
export const FAKE_TEAMS = {
  home: { id: FAKE_BOT.teamId, name: "Fake" },
  other: { id: "T0OTHER2", name: "Other" },
} as const satisfies Record<string, FakeTeam>;
