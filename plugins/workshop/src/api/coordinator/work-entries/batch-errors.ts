import type { z } from "@medusajs/framework/zod"

/**
 * Zod issues of a work batch as line errors: `{ index, field, code, message }`. Every message
 * names its field (`Line 3, quantity: …`, `lines: …`, `body: …`); an unknown key is named as the
 * field.
 */
export function lineErrorsFromZod(error: z.ZodError) {
  return error.issues.map((issue) => {
    const [first, index, second] = issue.path
    const isLine = first === "lines" && typeof index === "number"
    const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined
    // a line that is not an object at all is the field `lines`
    const field = isLine ? String(second ?? unknownKey ?? "lines") : String(first ?? unknownKey ?? "body")
    const message = withField(field, issue.message)
    return {
      index: isLine ? (index as number) : null,
      field,
      code: `invalid_${issue.code}`,
      message: isLine ? `Line ${Number(index) + 1}, ${message}` : message,
    }
  })
}

/** "artisan_id: …" as it is when the message already names its field, else with the name put first. */
function withField(field: string, message: string): string {
  return message.startsWith(`${field}:`) ? message : `${field}: ${message}`
}
