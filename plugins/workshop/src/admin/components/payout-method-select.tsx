import { Select } from "@medusajs/ui"
import { PAYOUT_METHODS, type PayoutMethod } from "../../domain"
import type { T } from "../lib/i18n"

/** Choosing how she is (or was) paid: WeChat Pay, Alipay, bank transfer, cash. */
export function PayoutMethodSelect({
  id,
  value,
  onChange,
  t,
  testId,
}: {
  id: string
  value: PayoutMethod
  onChange: (method: PayoutMethod) => void
  t: T
  testId?: string
}) {
  return (
    <Select value={value} onValueChange={(v) => onChange(v as PayoutMethod)}>
      <Select.Trigger id={id} data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {PAYOUT_METHODS.map((m) => (
          <Select.Item key={m} value={m}>
            {t(`payouts.method.${m}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
