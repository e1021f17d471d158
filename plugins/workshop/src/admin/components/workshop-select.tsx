import { Select } from "@medusajs/ui"
import type { ComponentProps } from "react"
import type { Workshop } from "../lib/api"

/**
 * A choice of workshop by its Chinese name; with `all`, a first option "all" (value "all") for
 * filters. The rest of the props go to the trigger (id, test id, accessible name).
 */
export function WorkshopSelect({
  workshops,
  value,
  onValueChange,
  all,
  ...trigger
}: {
  workshops: Workshop[]
  value: string
  onValueChange: (value: string) => void
  all?: string
} & Omit<ComponentProps<typeof Select.Trigger>, "children">) {
  return (
    <Select value={value} onValueChange={onValueChange}>
      <Select.Trigger {...trigger}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {all !== undefined ? <Select.Item value="all">{all}</Select.Item> : null}
        {workshops.map((w) => (
          <Select.Item key={w.id} value={w.id}>
            {w.name_zh}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
