/**
 * What reaches the log about a failed Discord request: never the interaction token.
 */
import { describe, expect, it } from "vitest";
import { safeError } from "../../../adapters/discord/errors.js";

describe("safeError", () => {
  it("masks interaction tokens in callback and webhook URLs", () => {
    const error = Object.assign(new Error("Unknown interaction"), {
      status: 404,
      code: 10062,
      method: "POST",
      url: "https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb24.secret/callback",
    });
    const described = safeError(error);
    expect(described).toMatchObject({ status: 404, code: 10062, method: "POST" });
    expect(described.url).toBe("https://discord.com/api/v10/interactions/123/[token]/callback");
    expect(safeError(new Error("PATCH /webhooks/1/tok.en/messages/@original")).message).toBe(
      "PATCH /webhooks/1/[token]/messages/@original",
    );
  });

  it("removes the secrets it is given from the message and the stack", () => {
    const described = safeError(new Error("login with Bot abcdefgh12345 failed"), [
      "abcdefgh12345",
    ]);
    expect(JSON.stringify(described)).not.toContain("abcdefgh12345");
  });

  it("describes a thrown non-error", () => {
    expect(safeError("boom")).toEqual({ type: "string", message: "boom" });
  });
});
