import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Adapter tests start real SDK clients against fake servers on 127.0.0.1.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
