// Loaded by `medusa start` before it creates its HTTP server (Medusa's instrumentation hook, the one
// its OpenTelemetry support uses). Jinxiu uses it to put its security headers on every answer,
// the admin dashboard's (/app) and the API's alike, before Express and Medusa's loaders see the
// request (src/api/security/headers.ts): route middlewares run too late for the admin's files and
// for answers Medusa's own middlewares give first (a missing publishable key, say).
import { applySecurityHeaders } from "./src/api/security/headers"

type RequestHandler = (
  handler: () => Promise<void>,
  req: import("node:http").IncomingMessage,
  res: import("node:http").ServerResponse,
  handlerPath?: string
) => Promise<void>

export function register() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const startCommand = require("@medusajs/medusa/commands/start") as { traceRequestHandler?: RequestHandler }
  const traced = startCommand.traceRequestHandler
  startCommand.traceRequestHandler = async (handler, req, res, handlerPath) => {
    applySecurityHeaders(req, res)
    return traced ? traced(handler, req, res, handlerPath) : handler()
  }
}
