import { Modules } from "@medusajs/framework/utils"

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/**
 * Infrastructure modules.
 *
 * PostgreSQL is always there, so locking uses the PostgreSQL provider even on a single machine
 * (the in-memory default locks nothing across processes). With REDIS_URL, Medusa's Redis event
 * bus, workflow engine and locking provider are used, which lets several server and worker
 * instances share the work.
 */
export function infrastructureModules(redisUrl: string | undefined): ModuleEntry[] {
  if (!redisUrl) {
    return [
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-postgres", id: "locking-postgres", is_default: true },
          ],
        },
      },
    ]
  }
  return [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}
