import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Text PostgreSQL can't store, or that isn't text at all, never reaches a route: a NUL character
 * or an unpaired UTF-16 surrogate anywhere in the path, the query or the JSON body (values and
 * keys) is refused with 400 `invalid_data` naming where it was; so is a body that is not a JSON
 * object, a key that is the name of a built-in of every JavaScript object (`__proto__`,
 * `constructor`, `toString`…: no field of ours or Medusa's has one, and `{"toString": "x"}` where
 * text is expected crashed Medusa's error formatter into a 500), and a `limit` or `offset` that
 * is not a whole number written in digits (Medusa's own routes read `limit=-1` as -1 and
 * PostgreSQL answered 500), or a query key nested deeper than Medusa reads (`a.b.c`, a 500). Registered for every route, ours and Medusa's, ahead of their own
 * middlewares.
 */

/** How deep a JSON body may nest before it is refused (nothing we accept is deeper than a few levels). */
export const MAX_INPUT_DEPTH = 32

export type MalformedInput = { field: string; problem: string }

const NUL = "\u0000"
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Keys that name what every object already has: never a field, and dangerous to copy. */
const BUILT_IN_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"])
const BUILT_IN_KEY_PROBLEM = "is not a field name: it names a built-in of JavaScript objects / 不能用作字段名"

function textProblem(text: string): string | null {
  if (text.includes(NUL)) return "contains a NUL character / 含有空字符 (NUL)"
  if (LONE_SURROGATE.test(text)) return "contains an unpaired surrogate, not valid Unicode text / 含有无效的 Unicode 字符"
  return null
}

/** The first malformed string in a parsed value (its keys included), with where it is. */
export function findMalformedText(value: unknown, field: string, depth = 0): MalformedInput | null {
  if (typeof value === "string") {
    const problem = textProblem(value)
    return problem ? { field, problem } : null
  }
  if (value === null || typeof value !== "object") return null
  // raw bodies (webhooks keep theirs as bytes) are not text to check
  if (value instanceof Uint8Array) return null
  if (depth >= MAX_INPUT_DEPTH) return { field, problem: `nests deeper than ${MAX_INPUT_DEPTH} levels / 嵌套层数过多` }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMalformedText(value[i], `${field}[${i}]`, depth + 1)
      if (found) return found
    }
    return null
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const keyProblem = textProblem(key)
    if (keyProblem) return { field: `${field} (a key)`, problem: keyProblem }
    if (BUILT_IN_KEYS.has(key)) return { field: `${field}.${key}`, problem: BUILT_IN_KEY_PROBLEM }
    const found = findMalformedText(item, `${field}.${key}`, depth + 1)
    if (found) return found
  }
  return null
}

/**
 * What a body may be: none, an object (every route, ours and Medusa's, takes a JSON object), or
 * raw bytes a route keeps as they came (webhooks). A JSON array or a bare value, or text sent as
 * text/plain, is refused before a route's validator reads it as an object with no name.
 */
function isBodyShape(body: unknown): boolean {
  if (body === undefined || body === "") return true
  if (body instanceof Uint8Array) return true
  return typeof body === "object" && body !== null && !Array.isArray(body)
}

/**
 * `limit` and `offset`, where given: a whole number written in digits, at most 2^53 - 1. And no
 * key with more than one dot (`a.b.c`): Medusa reads `a.b` as a nested filter and throws on
 * deeper ones, which its error handler answered 500.
 */
function queryShapeProblem(query: unknown): MalformedInput | null {
  if (!query || typeof query !== "object") return null
  for (const key of Object.keys(query)) {
    if (key.split(".").length > 2) return { field: `query.${key}`, problem: "最多一层点号 / may have at most one dot (a.b)" }
  }
  for (const key of ["limit", "offset"]) {
    const value = (query as Record<string, unknown>)[key]
    if (value === undefined) continue
    if (typeof value !== "string" || !/^\d{1,16}$/.test(value) || !Number.isSafeInteger(Number(value))) {
      return { field: `query.${key}`, problem: "应为非负整数 / must be a whole number, 0 or more" }
    }
  }
  return null
}

/**
 * The request's path, query and body, checked in that order. The path is read from the URL as
 * sent (`originalUrl`): a middleware mounted on a pattern sees only part of it in `path`.
 */
export function malformedInputOf(req: { originalUrl?: string; path: string; query?: unknown; body?: unknown }): MalformedInput | null {
  let path: string
  try {
    path = decodeURIComponent((req.originalUrl ?? req.path).split("?")[0])
  } catch {
    return { field: "path", problem: "has a malformed percent-encoding / 路径编码有误" }
  }
  const inPath = textProblem(path)
  if (inPath) return { field: "path", problem: inPath }
  const inQuery = findMalformedText(req.query ?? {}, "query") ?? queryShapeProblem(req.query)
  if (inQuery) return inQuery
  if (!isBodyShape(req.body)) return { field: "body", problem: "应为 JSON 对象 / must be a JSON object" }
  return findMalformedText(req.body, "body")
}

export function refuseMalformedInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const found = malformedInputOf(req)
  if (!found) return next()
  res.status(400).json({ type: "invalid_data", message: `${found.field}: ${found.problem}`, field: found.field })
}
