import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Text PostgreSQL can't store, or that isn't text at all, never reaches a route: a NUL character
 * or an unpaired UTF-16 surrogate anywhere in the path, the query or the JSON body (values and
 * keys) is refused with 400 `invalid_data` naming where it was. Registered for every route, ours
 * and Medusa's, ahead of their own middlewares.
 */

/** How deep a JSON body may nest before it is refused (nothing we accept is deeper than a few levels). */
export const MAX_INPUT_DEPTH = 32

export type MalformedInput = { field: string; problem: string }

const NUL = "\u0000"
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

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
    const found = findMalformedText(item, `${field}.${key}`, depth + 1)
    if (found) return found
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
  const inQuery = findMalformedText(req.query ?? {}, "query")
  if (inQuery) return inQuery
  return findMalformedText(req.body, "body")
}

export function refuseMalformedInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const found = malformedInputOf(req)
  if (!found) return next()
  res.status(400).json({ type: "invalid_data", message: `${found.field}: ${found.problem}`, field: found.field })
}
