import { defaultLocale, isAppLocale, type AppLocale } from "@/i18n/locales";

/**
 * Reading a route handler's request body with a cap: the bytes are counted as they arrive and
 * reading stops at `maxBytes` (a declared Content-Length over it is refused before reading), so
 * a client can't make the shop buffer a body of any size. Over the cap the answer is 413; a body
 * that isn't JSON (readJsonBody) is 400. Both name the body and speak the caller's language (the
 * page it came from, else its Accept-Language).
 *
 * Caps come from @jinxiu/workshop/domain (MAX_BODY_BYTES, MAX_BATCH_BODY_BYTES): the backend
 * refuses the same sizes.
 */

export type BodyRefusal = { ok: false; status: 400 | 413; body: { type: "invalid_data"; field: "body"; message: string } };
export type BodyText = { ok: true; text: string } | BodyRefusal;
export type BodyJson = { ok: true; text: string; value: unknown } | BodyRefusal;

const MESSAGES: Record<AppLocale, { tooLarge: (max: number) => string; notJson: string; unreadable: string }> = {
  "zh-CN": {
    tooLarge: (max) => `body: 请求内容过大，最多 ${max} 字节。`,
    notJson: "body: 请求内容不是有效的 JSON。",
    unreadable: "body: 无法读取请求内容。",
  },
  en: {
    tooLarge: (max) => `body: the request is too large: at most ${max} bytes.`,
    notJson: "body: the request is not valid JSON.",
    unreadable: "body: the request could not be read.",
  },
};

/** The caller's language: the locale of the page it was sent from, else its Accept-Language. */
export function requestLocale(request: Request): AppLocale {
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const first = new URL(referer).pathname.split("/")[1];
      if (isAppLocale(first)) return first;
    } catch {
      // not a URL: fall through
    }
  }
  const accepted = request.headers.get("accept-language") ?? "";
  for (const part of accepted.split(",")) {
    const tag = part.split(";")[0].trim().toLowerCase();
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return defaultLocale;
}

function refuse(request: Request, status: 400 | 413, message: (m: (typeof MESSAGES)[AppLocale]) => string): BodyRefusal {
  return { ok: false, status, body: { type: "invalid_data", field: "body", message: message(MESSAGES[requestLocale(request)]) } };
}

/** The body as text, read up to `maxBytes` bytes. */
export async function readBodyText(request: Request, maxBytes: number): Promise<BodyText> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return refuse(request, 413, (m) => m.tooLarge(maxBytes));
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return refuse(request, 413, (m) => m.tooLarge(maxBytes));
      }
      chunks.push(value);
    }
  } catch {
    return refuse(request, 400, (m) => m.unreadable);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/** The body parsed as JSON, read up to `maxBytes` bytes. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyJson> {
  const read = await readBodyText(request, maxBytes);
  if (!read.ok) return read;
  try {
    return { ok: true, text: read.text, value: JSON.parse(read.text) };
  } catch {
    return refuse(request, 400, (m) => m.notJson);
  }
}
