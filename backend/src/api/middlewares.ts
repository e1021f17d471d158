import { defineMiddlewares, errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { loginThrottle } from "./auth/login-throttle"
import { refuseMalformedInput } from "./input-hygiene"

/**
 * The backend's own middlewares (the workshop plugin brings its own for /store, /admin,
 * /coordinator and /artisan). Malformed text refused everywhere; login throttling on every actor's
 * password login.
 */
const medusaErrorHandler = errorHandler()

/** What the body parser (Express's, under Medusa) says when it refuses a body, by its `type`. */
type BodyParserError = Error & { status?: number; statusCode?: number; type?: string; limit?: number; code?: string }

const BODY_ERROR_TYPES = new Set([
  "entity.too.large",
  "entity.parse.failed",
  "entity.verify.failed",
  "encoding.unsupported",
  "charset.unsupported",
  "parameters.too.many",
  "request.aborted",
  "request.size.invalid",
])

function bodyParserError(error: unknown): BodyParserError | null {
  if (!(error instanceof Error)) return null
  const e = error as BodyParserError
  const status = e.status ?? e.statusCode
  if (typeof status !== "number" || status < 400 || status >= 500) return null
  // a body its Content-Encoding says is gzip/deflate but isn't: zlib's error, given a 400 by the parser
  if (typeof e.code === "string" && e.code.startsWith("Z_")) return e
  return typeof e.type === "string" && BODY_ERROR_TYPES.has(e.type) ? e : null
}

/** The answer to a body the parser refused: its own 4xx status, `field: "body"`, and why, in both languages. */
export function bodyErrorAnswer(error: BodyParserError): { status: number; body: { type: string; message: string; field: string } } {
  const status = (error.status ?? error.statusCode) as number
  let problem: string
  switch (error.type) {
    case "entity.too.large":
      problem = `请求内容过大，最多 ${error.limit} 字节 / is larger than the ${error.limit} bytes this route accepts`
      break
    case "entity.parse.failed":
      problem = `不是有效的 JSON / is not valid JSON (${String(error.message).slice(0, 200)})`
      break
    case "encoding.unsupported":
    case "charset.unsupported":
      problem = `编码不受支持 / ${error.message}`
      break
    case "parameters.too.many":
      problem = "参数过多 / has too many parameters"
      break
    default:
      problem =
        typeof error.code === "string" && error.code.startsWith("Z_")
          ? `无法按 Content-Encoding 解压 / could not be decompressed as its Content-Encoding says (${String(error.message).slice(0, 100)})`
          : `无法读取 / could not be read (${String(error.message).slice(0, 200)})`
  }
  return { status, body: { type: "invalid_data", message: `body: ${problem}`, field: "body" } }
}

/**
 * Medusa's error handler, except for what fails before any route runs, which is the caller's
 * mistake and Medusa would answer vaguely or 500:
 * - a path Express can't decode (a malformed percent-encoding, or bytes that aren't UTF-8): it
 *   fails while routes are matched; 400 naming the path;
 * - a body the parser refused: over the route's size cap (413), not JSON (400), an unsupported
 *   charset or encoding (415): that status, naming the body.
 */
function malformedPathOr500(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (error instanceof URIError) {
    res.status(400).json({
      type: "invalid_data",
      message: "path: has a malformed percent-encoding / 路径编码有误",
      field: "path",
    })
    return
  }
  const refused = bodyParserError(error)
  if (refused) {
    const answer = bodyErrorAnswer(refused)
    res.status(answer.status).json(answer.body)
    return
  }
  return medusaErrorHandler(error as any, req, res, next)
}

export default defineMiddlewares({
  errorHandler: malformedPathOr500 as any,
  routes: [
    {
      // every route, ours and Medusa's: no NUL or broken Unicode reaches PostgreSQL
      matcher: "/*",
      middlewares: [refuseMalformedInput],
    },
    {
      method: ["POST"],
      matcher: "/auth/:actor_type/:auth_provider",
      middlewares: [loginThrottle],
    },
  ],
})
