import { execSync } from "node:child_process"
import fs from "node:fs"

/** Debian's Chromium (never a downloaded browser): CHROMIUM_PATH, or the first one on PATH. */
export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const found = execSync(`command -v ${name}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
      if (found) return found
    } catch {
      // try the next name
    }
  }
  throw new Error("Chromium not found. Install it with `apt-get install -y chromium fonts-noto-cjk`, or set CHROMIUM_PATH.")
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]
