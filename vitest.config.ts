import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Adapter and app tests start real SDK clients and bot processes against fake servers on
    // 127.0.0.1. These limits only stop a hung test: they are not speed assertions (speed is
    // measured by `npm run bench`), so they leave room for a loaded two-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: {
      // Every test must assert something.
      requireAssertions: true,
      // expect.poll waits for something another process or server does; 1 s (the default) is
      // too short when the machine is busy.
      poll: { timeout: 15_000 },
    },
  },
});
