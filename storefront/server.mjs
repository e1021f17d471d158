// The storefront's production server: Next's own request handler behind a plain Node HTTP server,
// so that one thing Next can't do is done before any page runs: deciding who the visitor is.
//
// Next keeps an X-Forwarded-For header a visitor sends as it is, so a visitor talking to `next
// start` directly could claim any address, and the storefront would vouch for it to the backend's
// login throttling. Here the header is replaced by the one address that can be believed: the
// connection's own, or, behind STOREFRONT_PROXY_HOPS proxies that each append to X-Forwarded-For,
// the entry the outermost proxy wrote.
//
//   node server.mjs [-H hostname] [-p port]      (NODE_ENV=production; after `next build`)
import http from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"
import next from "next"
import { answerFromCompressedCopies, compressAsNextDoes, compressedCopies } from "./src/lib/compressed-copies.mjs"
import { clientAddress, decodablePath, readProxyHops } from "./src/lib/session/client-address.mjs"
import { inTurns } from "./src/lib/in-turns.mjs"
import { everyResponseHeaders } from "./src/lib/security/headers.mjs"

const args = process.argv.slice(2)
const option = (flag, fallback) => {
  const at = args.indexOf(flag)
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback
}
const hostname = option("-H", process.env.HOSTNAME || "localhost")
const port = Number(option("-p", process.env.PORT || "8000"))
const proxyHops = readProxyHops(process.env)

// Next resizes product photos on the fly (/_next/image): each resize holds a decoded 1200 px
// photo and libvips' buffers outside the JavaScript heap, and Next starts as many as requests
// arrive. At most IMAGE_SLOTS (1; STOREFRONT_IMAGE_SLOTS) are handled at once here (the rest wait their turn, in order), which
// bounds that memory; a resized photo is then served from Next's image cache on disk.
const IMAGE_SLOTS = Math.max(1, Number(process.env.STOREFRONT_IMAGE_SLOTS) || 1)

// Pages Next serves whole from its cache are compressed once and kept compressed (at most
// STOREFRONT_COMPRESSED_MB, 8 MB by default; src/lib/compressed-copies.mjs); everything else is
// compressed as it passes, by the same middleware Next uses (its own is off: `compress: false`).
const COMPRESSED_BYTES = Math.max(0, Number(process.env.STOREFRONT_COMPRESSED_MB) || 8) * 1024 * 1024
const copies = compressedCopies(COMPRESSED_BYTES)
const compress = compressAsNextDoes()

// The security headers every answer carries (src/lib/security/headers.mjs), from this server's
// environment: the photo origins and https (SITE_URL) of where it runs, not of where it was built.
const SECURITY_HEADERS = everyResponseHeaders(process.env)

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port })
const handle = app.getRequestHandler()
const handleImageInTurn = inTurns(IMAGE_SLOTS, handle)
await app.prepare()

const server = http.createServer((req, res) => {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value)
  // An address that isn't valid UTF-8 once decoded names no page; Next would answer it 500.
  if (!decodablePath(req.url)) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" })
    res.end("400: this address is not valid UTF-8 / 网址编码有误")
    return
  }
  const address = clientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, proxyHops)
  if (address) req.headers["x-forwarded-for"] = address
  else delete req.headers["x-forwarded-for"]
  delete req.headers["x-real-ip"]
  if (req.url?.startsWith("/_next/image")) {
    handleImageInTurn(req, res)
    return
  }
  compress(req, res, () => {
    answerFromCompressedCopies(copies, req, res)
    handle(req, res)
  })
})
server.listen(port, hostname, () => {
  console.log(`▲ Jinxiu storefront ready on http://${hostname}:${port}`)
})

const stop = () => server.close(() => process.exit(0))
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
