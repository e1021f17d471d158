import { describe, expect, it } from "vitest";
import { readBodyText, readJsonBody, requestLocale } from "./request-body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://shop.test/api/desk/work-entries", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body sent in chunks with no Content-Length, as a client streaming it would. */
function streamed(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
}

describe("readJsonBody", () => {
  it("reads a body within the cap", async () => {
    const read = await readJsonBody(post(JSON.stringify({ lines: [{ note: "金绣团扇 🪭" }] })), 1000);
    expect(read).toMatchObject({ ok: true, value: { lines: [{ note: "金绣团扇 🪭" }] } });
  });

  it("answers 413 naming the body when the declared length is over the cap, without reading", async () => {
    const read = await readJsonBody(post("{}", { "content-length": "5000", referer: "http://shop.test/en/desk" }), 1000);
    expect(read).toEqual({ ok: false, status: 413, body: { type: "invalid_data", field: "body", message: expect.stringMatching(/^body: .*at most 1000 bytes/) } });
  });

  it("stops reading a streamed body at the cap (counting bytes, not characters)", async () => {
    const read = await readBodyText(post(streamed(1000, 1024)), 10 * 1024);
    expect(read).toMatchObject({ ok: false, status: 413 });
    // 400 Chinese characters are 1,200 bytes
    expect(await readBodyText(post(JSON.stringify("绣".repeat(400))), 1100)).toMatchObject({ ok: false, status: 413 });
    expect(await readBodyText(post(JSON.stringify("绣".repeat(400))), 1300)).toMatchObject({ ok: true });
  });

  it("answers 400 naming the body when it isn't JSON, in the caller's language", async () => {
    const zh = await readJsonBody(post('{"lines": [', { referer: "http://shop.test/zh-CN/desk" }), 1000);
    expect(zh).toMatchObject({ ok: false, status: 400, body: { field: "body", message: expect.stringContaining("JSON") } });
    expect(zh.ok ? "" : zh.body.message).toMatch(/请求内容/);
    const en = await readJsonBody(post("nope", { "accept-language": "en-GB,en;q=0.9" }), 1000);
    expect(en.ok ? "" : en.body.message).toBe("body: the request is not valid JSON.");
  });
});

describe("requestLocale", () => {
  it("takes the page's locale, then Accept-Language, then the shop's home language", () => {
    expect(requestLocale(post(null, { referer: "http://shop.test/en/desk/today", "accept-language": "zh-CN" }))).toBe("en");
    expect(requestLocale(post(null, { "accept-language": "zh-TW,zh;q=0.9" }))).toBe("zh-CN");
    expect(requestLocale(post(null, { "accept-language": "en-US" }))).toBe("en");
    expect(requestLocale(post(null, { referer: "not a url" }))).toBe("zh-CN");
    expect(requestLocale(post(null))).toBe("zh-CN");
  });
});
