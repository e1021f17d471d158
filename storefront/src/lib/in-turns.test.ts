import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { inTurns } from "./in-turns.mjs";

type Turns = ((req: http.IncomingMessage, res: http.ServerResponse) => void) & { stats: () => { running: number; waiting: number } };

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP server whose handler answers after `ms`, one request at a time (1 slot). */
async function serve(ms: number) {
  let concurrent = 0;
  let most = 0;
  const turns = inTurns(1, (_req: http.IncomingMessage, res: http.ServerResponse) => {
    concurrent += 1;
    most = Math.max(most, concurrent);
    setTimeout(() => {
      concurrent -= 1;
      if (!res.destroyed) res.end("ok");
    }, ms);
  }) as Turns;
  server = http.createServer((req, res) => turns(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
  return { url, turns, most: () => most };
}

describe("requests handled in turns", () => {
  it("handles one at a time, in order, and answers them all", async () => {
    const { url, most } = await serve(20);
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(url).then((r) => r.text())));
    expect(answers).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(most()).toBe(1);
  });

  it("loses no turn when visitors go away while waiting or while handled: the next request is still answered", async () => {
    const { url, turns } = await serve(50);
    const { port } = new URL(url);
    const leaving = Array.from({ length: 4 }, () => {
      const request = http.get({ host: "127.0.0.1", port, agent: false });
      request.on("error", () => {});
      return request;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(turns.stats()).toEqual({ running: 1, waiting: 3 });
    for (const request of leaving) request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(turns.stats()).toEqual({ running: 0, waiting: 0 });
    const next = await new Promise<string>((resolve) => {
      const request = http.get({ host: "127.0.0.1", port, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve(body));
      });
      request.setTimeout(2_000, () => {
        request.destroy();
        resolve("no answer");
      });
    });
    expect(next).toBe("ok");
  });
});
