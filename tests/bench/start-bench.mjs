#!/usr/bin/env node
// How long a clean clone takes from nothing to a running Jinxiu: `npm install`, then `npm start`
// (embedded PostgreSQL, build, migrations, demo data, backend and storefront answering), the way
// the README's quick start does it. Not a test: it prints the numbers and saves them to
// bench/results/start-<time>.json, which `npm run bench:shop` reports in its table.
//
//   npm run bench:start                  # clones this checkout's HEAD into a temp folder
//   node bench/start-bench.mjs --keep    # leaves the clone (and its data) for a look afterwards
//
// It runs on its own ports (backend 9700, storefront 8700, PostgreSQL 54399) and data folder, so a
// stack already running here is left alone. npm's cache is shared (a first install downloads).
import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, "..", "..")
const KEEP = process.argv.includes("--keep")
const PORTS = { PORT: "9700", STOREFRONT_PORT: "8700", JINXIU_PG_PORT: "54399" }

const seconds = (ms) => Math.round(ms / 100) / 10

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output.slice(-3000)}`))))
  })
}

async function main() {
  const load = os.loadavg()
  if (load[0] > 1) console.log(`start-bench: load average ${load[0].toFixed(2)}: the machine is busy, numbers will be noisy`)
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-start-"))
  const clone = path.join(workdir, "jinxiu")
  const dataDir = path.join(workdir, "data")
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()
  console.log(`start-bench: cloning ${commit} into ${clone}`)
  execFileSync("git", ["clone", "--quiet", "--no-hardlinks", ROOT, clone])

  const env = { ...process.env, ...PORTS, JINXIU_DATA_DIR: dataDir, CI: "", DATABASE_URL: "", REDIS_URL: "" }
  delete env.DATABASE_URL
  delete env.REDIS_URL
  const started = Date.now()
  process.stdout.write("start-bench: npm install… ")
  await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: clone, env })
  const installed = Date.now()
  console.log(`${seconds(installed - started)} s`)

  process.stdout.write("start-bench: npm start… ")
  const steps = {}
  const launcher = spawn("npm", ["start"], { cwd: clone, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  let log = ""
  const running = await new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`not running after 10 minutes:\n${log.slice(-3000)}`)), 600_000)
    const onData = (chunk) => {
      log += chunk
      for (const match of String(chunk).matchAll(/jinxiu: ([^\n]*?) \((\d+(?:\.\d+)?) s\)/g)) steps[match[1]] = Number(match[2])
      if (/is running \(started in/.test(log)) {
        clearTimeout(timeout)
        resolve(Date.now())
      }
    }
    launcher.stdout.on("data", onData)
    launcher.stderr.on("data", onData)
    launcher.on("exit", (code) => {
      clearTimeout(timeout)
      reject(new Error(`npm start exited ${code}:\n${log.slice(-3000)}`))
    })
  })
  console.log(`${seconds(running - installed)} s`)

  // Ctrl-C, as a person would: the launcher stops the servers and PostgreSQL.
  launcher.removeAllListeners("exit")
  const stopped = new Promise((resolve) => launcher.on("exit", resolve))
  process.kill(-launcher.pid, "SIGINT")
  await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 30_000))])

  const result = {
    startedAt: new Date(started).toISOString(),
    commit,
    loadBefore: load,
    seconds: { install: seconds(installed - started), start: seconds(running - installed), total: seconds(running - started) },
    launcherSteps: steps,
  }
  console.log(`\nClean clone to running: ${result.seconds.total} s (npm install ${result.seconds.install} s, npm start ${result.seconds.start} s)`)
  for (const [step, at] of Object.entries(steps)) console.log(`  ${step.padEnd(48)} at ${at} s`)
  const dir = path.join(HERE, "results")
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `start-${result.startedAt.replace(/[:.]/g, "-")}.json`)
  fs.writeFileSync(file, JSON.stringify(result, null, 2))
  console.log(`saved ${path.relative(process.cwd(), file)}`)
  if (!KEEP) fs.rmSync(workdir, { recursive: true, force: true })
  else console.log(`kept ${workdir}`)
}

main().catch((error) => {
  console.error(`start-bench: ${error.message}`)
  process.exit(1)
})
