/**
 * Reading and answering HTTP the way the fake Slack needs: Web API arguments in, JSON or text
 * out.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Web API arguments: form fields (JSON values parsed) or a JSON body. */
export function parseArgs(body: string, contentType: string): Record<string, unknown> {
  if (body === "") return {};
  if (contentType.includes("application/json")) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/u.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

/** The whole request body as text. */
export async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Sends JSON (objects) or plain text (strings). */
export function send(
  response: ServerResponse,
  status: number,
  body: Record<string, unknown> | string,
  headers: Record<string, string> = {},
): void {
  const json = typeof body !== "string";
  const text = json ? JSON.stringify(body) : body;
  response.writeHead(status, {
    ...headers,
    "content-type": json ? "application/json" : "text/plain",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}
