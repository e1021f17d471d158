import { describe, expect, it } from "vitest";
import { forgetDeskPages, isAppCodeCache, keepDeskPageOffline } from "./offline-client";
import { deskPagesCacheName } from "./offline";

const DESK_PAGES_CACHE = deskPagesCacheName("abc");

function fakeCaches(names: string[]) {
  const kept = new Set(names);
  return {
    kept,
    keys: async () => [...kept],
    delete: async (name: string) => kept.delete(name),
  };
}

describe("forgetting the desk's pages (log-out, log-in)", () => {
  it("deletes every cache that may hold someone's pages and keeps the build's files", async () => {
    const storage = fakeCaches([DESK_PAGES_CACHE, "serwist-precache-v2-http://localhost:8000/zh-CN/desk", "some-later-runtime-cache"]);
    const deleted = await forgetDeskPages(storage);
    expect(deleted.sort()).toEqual([DESK_PAGES_CACHE, "some-later-runtime-cache"]);
    expect([...storage.kept]).toEqual(["serwist-precache-v2-http://localhost:8000/zh-CN/desk"]);
  });

  it("tells the build's files (Serwist's precache) from pages", () => {
    expect(isAppCodeCache("serwist-precache-v2-http://localhost:8000/en/desk")).toBe(true);
    expect(isAppCodeCache(DESK_PAGES_CACHE)).toBe(false);
  });

  it("does nothing where the browser has no Cache Storage", async () => {
    expect(await forgetDeskPages(undefined)).toEqual([]);
  });
});

describe("registering the desk's worker", () => {
  function fakeContainer(active: { postMessage: (message: unknown, transfer: MessagePort[]) => void } | null) {
    const registered: { url: string; options: RegistrationOptions | undefined }[] = [];
    const container = {
      controller: null,
      register: async (url: string | URL, options?: RegistrationOptions) => {
        registered.push({ url: String(url), options });
        return {} as ServiceWorkerRegistration;
      },
      ready: Promise.resolve({ active } as unknown as ServiceWorkerRegistration),
    };
    return { container, registered };
  }

  it("registers it for the desk in her language only and asks it to keep the page she is on", async () => {
    const asked: unknown[] = [];
    const { container, registered } = fakeContainer({
      postMessage: (message, [port]) => {
        asked.push(message);
        port.postMessage(true);
      },
    });
    expect(await keepDeskPageOffline("en", ["/en/desk/history?date=2026-12-01"], { container, online: true })).toBe(true);
    expect(registered).toEqual([{ url: "/serwist/sw.js", options: { scope: "/en/desk", type: "module", updateViaCache: "none" } }]);
    expect(asked).toEqual([{ type: "CACHE_URLS", payload: { urlsToCache: ["/en/desk/history?date=2026-12-01"] } }]);
  });

  it("asks again when the worker gives no answer (a page it could not keep yet), and says when it never does", async () => {
    const asked: unknown[] = [];
    const { container } = fakeContainer({
      postMessage: (message, [port]) => {
        asked.push(message);
        if (asked.length === 3) port.postMessage(true);
      },
    });
    expect(await keepDeskPageOffline("zh-CN", ["/zh-CN/desk"], { container, online: true, replyTimeoutMs: 20 })).toBe(true);
    expect(asked).toHaveLength(3);

    const silent = fakeContainer({ postMessage: () => {} });
    expect(await keepDeskPageOffline("zh-CN", ["/zh-CN/desk"], { container: silent.container, online: true, replyTimeoutMs: 10 })).toBe(false);
  });

  it("asks nothing offline, or when the page came through the worker already", async () => {
    const asked: unknown[] = [];
    const { container } = fakeContainer({ postMessage: (message) => asked.push(message) });
    expect(await keepDeskPageOffline("zh-CN", ["/zh-CN/desk"], { container, online: false })).toBe(false);
    expect(await keepDeskPageOffline("zh-CN", ["/zh-CN/desk"], { container, online: true, alreadyKept: true })).toBe(true);
    expect(asked).toEqual([]);
  });

  it("does nothing where the browser has no service workers", async () => {
    expect(await keepDeskPageOffline("zh-CN", ["/zh-CN/desk"], { container: undefined })).toBe(false);
  });
});
