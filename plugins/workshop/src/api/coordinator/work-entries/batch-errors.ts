import type { z } from "@medusajs/framework/zod"

/** Zod issues of a work batch as line errors: `{ index, field, code, message }`. */
export function lineErrorsFromZod(error: z.ZodError) {
  return error.issues.map((issue) => {
    const [first, index, field] = issue.path
    const isLine = first === "lines" && typeof index === "number"
    return {
      index: isLine ? (index as number) : null,
      field: isLine ? String(field ?? "") : String(first ?? ""),
      code: `invalid_${issue.code}`,
      message: isLine && field ? `Line ${Number(index) + 1}, ${String(field)}: ${issue.message}` : issue.message,
    }
  })
}
