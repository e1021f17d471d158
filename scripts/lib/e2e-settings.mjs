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
    dataDir: path.join(os.tmpdir(), `jinxiu-e2e-${storefrontPort}`),
  }
}
