#!/usr/bin/env node
// `npm test`: every test in the repository.
//   1. build what the tests load (turbo: only what changed);
//   2. unit, module and HTTP integration tests of every package (vitest, one package at a time:
//      the machine has two cores and Medusa test apps are heavy);
//   3. the end-to-end journeys in a real browser (Playwright + Debian's Chromium) against a
//      freshly started, seeded stack.
// Prints one closing line with the totals of every runner.
import fs from "node:fs"
import path from "node:path"
import { execSync } from "node:child_process"
import { run, toolEnv } from "./lib/processes.mjs"
import { ROOT } from "./lib/stack.mjs"

const reports = path.join(ROOT, ".test-results")
const only = process.argv[2] // "unit" or "e2e" to run one half

function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const found = execSync(`command -v ${name}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
      if (found) return found
    } catch {
      // next
    }
  }
  return null
}

function commandExists(name) {
  try {
    return Boolean(execSync(`command -v ${name}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())
  } catch {
    return false
  }
}

function totals() {
  let passed = 0
  let failed = 0
  let skipped = 0
  if (!fs.existsSync(reports)) return { passed, failed, skipped }
  for (const file of fs.readdirSync(reports).filter((f) => f.endsWith(".json"))) {
    const report = JSON.parse(fs.readFileSync(path.join(reports, file), "utf8"))
    if ("numPassedTests" in report) {
      // vitest
      passed += report.numPassedTests
      failed += report.numFailedTests
      skipped += report.numPendingTests + (report.numTodoTests || 0)
    } else if (report.stats) {
      // playwright
      passed += report.stats.expected
      failed += report.stats.unexpected + report.stats.flaky
      skipped += report.stats.skipped
    }
  }
  return { passed, failed, skipped }
}

async function main() {
  if (only !== "unit" && !findChromium()) {
    console.error(
      "jinxiu test: Chromium not found; the end-to-end tests need it.\n" +
        "  Install it with `apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), or set CHROMIUM_PATH."
    )
    process.exit(1)
  }
  if (only !== "e2e" && !commandExists("redis-server")) {
    console.error(
      "jinxiu test: redis-server not found; the scaling test (two backends sharing one Redis) needs it.\n" +
        "  Install it with `apt-get install -y redis-server` (Debian/Ubuntu); the test starts its own server."
    )
    process.exit(1)
  }
  fs.rmSync(reports, { recursive: true, force: true })
  fs.mkdirSync(reports, { recursive: true })
  const env = toolEnv({ JINXIU_TEST_REPORTS: reports })
  let ok = true
  // suites whose runner failed; one that failed without reporting a failed test (its server did
  // not start, it crashed) still counts as a failure in the closing line
  const brokenSuites = []
  try {
    await run(path.join(ROOT, "node_modules/.bin/turbo"), ["run", "build", "--output-logs=errors-only"], {
      cwd: ROOT,
      env,
      inherit: true,
    })
    if (only !== "e2e") {
      await run(path.join(ROOT, "node_modules/.bin/turbo"), ["run", "test", "--concurrency=1", "--continue"], {
        cwd: ROOT,
        env,
        inherit: true,
      }).catch(() => {
        ok = false
        brokenSuites.push("unit")
      })
    }
    if (only !== "unit") {
      await run("npm", ["run", "e2e", "--workspace", "@jinxiu/tests"], { cwd: ROOT, env, inherit: true }).catch(() => {
        ok = false
        brokenSuites.push("e2e")
      })
    }
  } catch (e) {
    console.error(`jinxiu test: ${e.message}`)
    ok = false
  }
  const { passed, failed: failedTests, skipped } = totals()
  if (passed + failedTests === 0) ok = false
  // a suite that failed with no failed test reported (its stack did not start) is one failure
  const failed = failedTests === 0 && !ok ? Math.max(1, brokenSuites.length) : failedTests
  if (failedTests === 0 && brokenSuites.length) console.error(`jinxiu test: ${brokenSuites.join(" and ")} failed before reporting a failed test`)
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
  process.exit(ok && failed === 0 ? 0 : 1)
}

main()
