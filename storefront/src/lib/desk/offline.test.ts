import { describe, expect, it } from "vitest";
import en from "@/messages/en/offline.json";
import zh from "@/messages/zh-CN/offline.json";
import {
  buildVersion,
  dayToRecord,
  deskPagesCacheName,
  deskScope,
  isOutdatedPagesCache,
  isKeepableResponse, isKeptDeskPage, isKeptDeskRequest, localeOfPath, offlinePageHtml } from "./offline";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: new Headers(headers) });

describe("the desk's pages kept for an offline open", () => {
  it("keeps the signed-in desk's pages in both languages", () => {
    for (const path of ["/zh-CN/desk", "/en/desk", "/zh-CN/desk/history", "/en/desk/women/art_01", "/zh-CN/desk/slip/stmt_1"]) {
      expect(isKeptDeskPage(path), path).toBe(true);
    }
  });

  it("never keeps the login page, files, the shop, the income pages or another site section", () => {
    for (const path of [
      "/zh-CN/desk/login",
      "/en/desk/login/",
      "/zh-CN/desk/manifest.webmanifest",
      "/zh-CN/desk/history/",
      "/zh-CN",
      "/zh-CN/products/silk-scarf",
      "/zh-CN/me",
      "/zh-CN/desktop",
      "/fr/desk",
      "/desk",
      "/serwist/sw.js",
      "/api/desk/work-entries",
    ]) {
      expect(isKeptDeskPage(path), path).toBe(false);
    }
  });

  it("keeps the HTML of a GET, never a router payload (RSC) nor a POST (server actions, the outbox)", () => {
    expect(isKeptDeskRequest(get("http://localhost:8000/zh-CN/desk"))).toBe(true);
    expect(isKeptDeskRequest(get("http://localhost:8000/zh-CN/desk/history?date=2026-12-01"))).toBe(true);
    expect(isKeptDeskRequest(get("http://localhost:8000/zh-CN/desk?_rsc=abc12"))).toBe(false);
    expect(isKeptDeskRequest(get("http://localhost:8000/zh-CN/desk", { RSC: "1" }))).toBe(false);
    expect(isKeptDeskRequest(get("http://localhost:8000/zh-CN/desk", { "Next-Router-Prefetch": "1" }))).toBe(false);
    expect(isKeptDeskRequest({ ...get("http://localhost:8000/zh-CN/desk"), method: "POST" })).toBe(false);
  });

  it("keeps only a whole page answered at the desk's own address", () => {
    expect(isKeepableResponse({ status: 200, redirected: false, type: "basic" })).toBe(true);
    // a signed-out visit redirected to the login page
    expect(isKeepableResponse({ status: 200, redirected: true, type: "basic" })).toBe(false);
    expect(isKeepableResponse({ status: 500, redirected: false, type: "basic" })).toBe(false);
    expect(isKeepableResponse({ status: 0, redirected: false, type: "opaqueredirect" })).toBe(false);
  });

  it("scopes the worker to the desk of each language", () => {
    expect(deskScope("zh-CN")).toBe("/zh-CN/desk");
    expect(deskScope("en")).toBe("/en/desk");
  });

  it("keeps pages per build: a new build's worker drops the pages an older build kept", () => {
    const one = buildVersion([{ url: "/_next/static/chunks/a1.js", revision: null }, "/desk/icon-192.png"]);
    const same = buildVersion([{ url: "/_next/static/chunks/a1.js", revision: null }, "/desk/icon-192.png"]);
    const next = buildVersion([{ url: "/_next/static/chunks/b2.js", revision: null }, "/desk/icon-192.png"]);
    expect(one).toBe(same);
    expect(next).not.toBe(one);
    expect(buildVersion(undefined)).toMatch(/^[0-9a-z]+$/);
    const current = deskPagesCacheName(next);
    expect(isOutdatedPagesCache(deskPagesCacheName(one), current)).toBe(true);
    expect(isOutdatedPagesCache(current, current)).toBe(false);
    expect(isOutdatedPagesCache("serwist-precache-v2-http://localhost/zh-CN/desk", current)).toBe(false);
  });
});

describe("the day a kept page records on", () => {
  it("is the phone's day when the page was kept on an earlier one, never an earlier day", () => {
    expect(dayToRecord("2026-12-04", "2026-12-05")).toBe("2026-12-05");
    expect(dayToRecord("2026-12-05", "2026-12-05")).toBe("2026-12-05");
    expect(dayToRecord("2026-12-05", "2026-12-01")).toBe("2026-12-05");
  });
});

describe("the offline page", () => {
  it("speaks the language of the page she asked for", () => {
    expect(localeOfPath("/en/desk/history")).toBe("en");
    expect(localeOfPath("/zh-CN/desk")).toBe("zh-CN");
    expect(localeOfPath("/xx/desk")).toBe("zh-CN");
  });

  it("says there is no connection, in her language, with a way back to the desk", () => {
    const zhPage = offlinePageHtml("zh-CN", zh.DeskOffline, "/zh-CN/desk/month");
    expect(zhPage).toContain('<html lang="zh-CN">');
    expect(zhPage).toContain(zh.DeskOffline.heading);
    expect(zhPage).toContain('href="/zh-CN/desk/month"');
    expect(zhPage).toContain('href="/zh-CN/desk"');
    expect(zhPage).not.toContain("<script");
    const enPage = offlinePageHtml("en", en.DeskOffline, "/en/desk");
    expect(enPage).toContain("No connection right now");
  });

  it("escapes what it is given", () => {
    const page = offlinePageHtml("en", { ...en.DeskOffline, heading: "<b>&" }, '/en/desk?x="><script>');
    expect(page).toContain("&lt;b&gt;&amp;");
    expect(page).not.toContain('"><script>');
  });
});
