// Where the end-to-end stack runs; read by scripts/e2e-stack.mjs and by the Playwright config.
import os from "node:os"
import path from "node:path"

export function e2eSettings() {
  const backendPort = Number(process.env.E2E_BACKEND_PORT || 9100)
  const storefrontPort = Number(process.env.E2E_STOREFRONT_PORT || 8100)
  return {
    backendPort,
    storefrontPort,
    postgresPort: Number(process.env.E2E_PG_PORT || 54339),
    backendUrl: `http://localhost:${backendPort}`,
    storefrontUrl: `http://localhost:${storefrontPort}`,
    // E2E_DATA_DIR points the tests at the data folder of a stack that is already running (with
    // E2E_REUSE_STACK=1): its runtime.json gives the publishable key.
    dataDir: process.env.E2E_DATA_DIR || path.join(os.tmpdir(), `jinxiu-e2e-${storefrontPort}`),
    reuseStack: process.env.E2E_REUSE_STACK === "1",
  }
}
