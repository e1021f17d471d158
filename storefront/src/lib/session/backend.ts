import "server-only";
import { readBackendConfig } from "@/lib/backend-config";

/**
 * Calls to the workshop plugin's /coordinator/* and /artisan/* routes and its logins, from server
 * code only, with the signed-in person's token as `Authorization: Bearer`. These routes need no
 * publishable key (that is only for /store/*).
 */
export type BackendAnswer<T = unknown> = { status: number; ok: boolean; body: T; headers: Headers };

export class BackendUnreachableError extends Error {
  constructor(cause: unknown) {
    super("The Jinxiu backend can't be reached", { cause });
    this.name = "BackendUnreachableError";
  }
}

export type BackendRequest = {
  method?: "GET" | "POST" | "DELETE";
  token?: string;
  body?: unknown;
  /** a raw JSON body forwarded as is */
  rawBody?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
};

export async function callBackend<T = unknown>(path: string, request: BackendRequest = {}): Promise<BackendAnswer<T>> {
  const { baseUrl } = readBackendConfig(process.env);
  const headers: Record<string, string> = { accept: "application/json", ...(request.headers ?? {}) };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let body: string | undefined;
  if (request.rawBody !== undefined) body = request.rawBody;
  else if (request.body !== undefined) body = JSON.stringify(request.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl), {
      method: request.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
      cache: "no-store",
      signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new BackendUnreachableError(error);
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { message: text.slice(0, 500) };
  }
  return { status: response.status, ok: response.ok, body: parsed as T, headers: response.headers };
}

/** A query string from defined values (arrays repeat the name). */
export function queryString(params: Record<string, string | number | undefined | null | string[]>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(name, v));
    else search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
