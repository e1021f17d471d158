// A stand-in for the backend or the storefront in launcher-restart.test.ts: a small HTTP server on
// PORT whose /health answers its pid and the pid of a helper process it started (as Medusa and
// Next.js start processes of their own, in the same process group). When the file
// `<CONTROL_DIR>/<NAME>.crash` exists, it crashes at start instead (exit code 3).
import { spawn } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import path from "node:path"

const name = process.env.NAME
const port = Number(process.env.PORT)
console.log(`fake ${name} starting (pid ${process.pid})`)
if (fs.existsSync(path.join(process.env.CONTROL_DIR, `${name}.crash`))) {
  console.log(`fake ${name} crashing at start as asked`)
  process.exit(3)
}
const helper = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], { stdio: "ignore" })
http
  .createServer((req, res) => {
    res.writeHead(req.url === "/health" ? 200 : 404, { "content-type": "application/json" })
    res.end(JSON.stringify({ name, pid: process.pid, helper: helper.pid }))
  })
  .listen(port, "127.0.0.1", () => console.log(`fake ${name} listening on ${port}`))
