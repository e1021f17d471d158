import { Table } from "@medusajs/ui"
import type { EarningPart } from "../../domain"
import { formatYuanOrDash } from "../lib/format"
import type { T } from "../lib/i18n"
import { right, type Column } from "./page"

/** What an artisan's month is made of, in the order the close preview and the statements show it; the net follows. */
export const EARNING_PARTS: readonly EarningPart[] = ["piecework", "sale_share", "bonus", "deduction", "reversal"]

const LABELS = {
  piecework: "periods.piecework",
  sale_share: "periods.saleShare",
  bonus: "periods.bonus",
  deduction: "periods.deduction",
  reversal: "periods.reversal",
} as const

/** The headings of the parts and of the net. */
export const earningColumns = (t: T): Column[] => [...EARNING_PARTS.map((part) => right(t(LABELS[part]))), right(t("periods.net"))]

/** One cell for each part of a month's earnings (nothing shown as "—" unless `format` says otherwise). */
export function EarningCells({
  amount,
  format = formatYuanOrDash,
}: {
  amount: (part: EarningPart) => string
  format?: (amount: string) => string
}) {
  return (
    <>
      {EARNING_PARTS.map((part) => (
        <Table.Cell key={part} className="text-right">
          {format(amount(part))}
        </Table.Cell>
      ))}
    </>
  )
}
