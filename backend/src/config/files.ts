import path from "path"
import { Modules } from "@medusajs/framework/utils"
import { jinxiuDataDir } from "./data-dir"

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/**
 * Uploaded files (product images) live in the data folder, not in the build output, so a
 * rebuild never loses them. The launcher links `<build>/static` to this folder, which is where
 * Medusa serves `/static` from.
 */
export function fileModule(env: NodeJS.ProcessEnv): ModuleEntry[] {
  const backendUrl = (env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`).replace(/\/$/, "")
  return [
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: path.join(jinxiuDataDir(), "static"),
              private_upload_dir: path.join(jinxiuDataDir(), "private"),
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
  ]
}
