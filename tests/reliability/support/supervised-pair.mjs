// The launcher in miniature for launcher-restart.test.ts: a "backend" and a "storefront" (both
// support/fake-service.mjs) started in their own process groups and supervised with the
// launcher's own functions (startService, waitForHttp, superviseService, stopAll), wired the way
// scripts/start.mjs wires them: progress lines on stdout with "jinxiu: ", the give-up message on
// stderr, then everything stopped and exit code 1; SIGTERM stops everything with exit code 0.
//
// Usage: node supervised-pair.mjs <dir> '<options JSON: { restart, policy }>'
// Prints `READY {"backend":<port>,"storefront":<port>}` once both answer.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "../../../scripts/lib/embedded-postgres.mjs"
import { startService, stopAll, toolEnv, waitForHttp } from "../../../scripts/lib/processes.mjs"
import { superviseService } from "../../../scripts/lib/supervisor.mjs"

const [dir, optionsJson = "{}"] = process.argv.slice(2)
const { restart = true, policy = {} } = JSON.parse(optionsJson)
const fakeService = path.join(path.dirname(fileURLToPath(import.meta.url)), "fake-service.mjs")
const say = (line) => console.log(`jinxiu: ${line}`)

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await stopAll(5000)
  say("stopped")
  process.exit(code)
}
process.on("SIGTERM", () => shutdown(0))
process.on("SIGINT", () => shutdown(0))

const supervise = {
  restart,
  policy,
  say,
  onGiveUp: (message) => {
    console.error(`jinxiu: ${message}`)
    shutdown(1)
  },
}

async function startFake(name) {
  const port = await freePort()
  const logFile = path.join(dir, `${name}.log`)
  const spawn = () =>
    startService(name, process.execPath, [fakeService], {
      cwd: dir,
      env: toolEnv({ NAME: name, PORT: String(port), CONTROL_DIR: dir }),
      logFile,
    })
  const ready = (child) => waitForHttp(`http://127.0.0.1:${port}/health`, { child, timeoutMs: 30000 })
  const child = spawn()
  if (!(await ready(child))) throw new Error(`the fake ${name} did not start`)
  superviseService({ name, child, spawn, ready, logFile, ...supervise })
  return port
}

try {
  const backend = await startFake("backend")
  const storefront = await startFake("storefront")
  console.log(`READY ${JSON.stringify({ backend, storefront })}`)
} catch (e) {
  console.error(`supervised-pair: ${e.message}`)
  await stopAll(2000)
  process.exit(2)
}
