import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The events of `names` emitted on the app's event bus while `run` runs (and half a second after,
 * for the ones released when a workflow ends), in the order they came.
 */
export async function eventsDuring(container: MedusaContainer, names: string[], run: () => Promise<unknown>) {
  const bus = container.resolve(Modules.EVENT_BUS) as any
  const seen: { name: string; data: any }[] = []
  const handlers = names.map((name) => {
    const handler = async (event: { name: string; data: any }) => {
      seen.push({ name: event.name ?? name, data: event.data })
    }
    bus.subscribe(name, handler, { subscriberId: `events-during-${name}-${Math.random()}` })
    return { name, handler }
  })
  try {
    await run()
    await new Promise((r) => setTimeout(r, 500))
  } finally {
    for (const { name, handler } of handlers) bus.unsubscribe?.(name, handler)
  }
  return seen
}
