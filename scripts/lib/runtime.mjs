// What a running Jinxiu tells other tools (tests, benchmarks): its URLs and publishable key.
import fs from "node:fs"
import path from "node:path"

export function writeRuntime(dataDir, runtime) {
  fs.writeFileSync(path.join(dataDir, "runtime.json"), JSON.stringify(runtime, null, 2))
}

export function readRuntime(dataDir) {
  return JSON.parse(fs.readFileSync(path.join(dataDir, "runtime.json"), "utf8"))
}
