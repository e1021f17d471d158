import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, IconButton, Input, Select, Table, Text } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { MAX_MAKER_WEIGHT, MAX_SHARE_PERCENT, type ProductMakers as Makers } from "../../domain"
import { SubmitForm, checkErrors, useFormMutation, type Errors } from "../components/form"
import { ListTable, QueryView, Section, TwoLines, right } from "../components/page"
import { keys, type Artisan } from "../lib/api"
import { useT, type T } from "../lib/i18n"
import { sdk } from "../lib/sdk"
import { typedDecimal, typedWhole } from "../lib/typed-fields"

type Draft = { share_percent: string; makers: { artisan_id: string; label: string; weight: string }[] }

function validate(d: Draft, t: T): Errors {
  const errors: Errors = {}
  if (typedDecimal(d.share_percent, 0, MAX_SHARE_PERCENT, 4) === null) errors.share_percent = t("v.percent")
  d.makers.forEach((m, i) => {
    if (typedWhole(m.weight, 1, MAX_MAKER_WEIGHT) === null) errors[`weight_${i}`] = t("v.weight")
  })
  if (new Set(d.makers.map((m) => m.artisan_id)).size !== d.makers.length) errors.makers = t("v.duplicateMaker")
  return errors
}

/** Who made this product, their weights, and the share of each sale credited to them. */
const ProductMakersWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useT()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [adding, setAdding] = useState("")

  const makers = useQuery({
    queryKey: [...keys.makers, product.id],
    queryFn: () => sdk.client.fetch<Makers>(`/admin/products/${product.id}/makers`),
  })
  const artisans = useQuery({
    queryKey: [...keys.artisans, "makers-choice"],
    enabled: !!draft,
    queryFn: () =>
      sdk.client.fetch<{ artisans: Artisan[] }>("/admin/artisans", { query: { limit: 1000, status: "active", order: "display_name" } }),
  })
  const save = useFormMutation<Makers, { share_percent: number; makers: { artisan_id: string; weight: number }[] }>({
    path: `/admin/products/${product.id}/makers`,
    fields: ["share_percent", "makers"],
    setErrors,
    t,
    done: t("makers.saved"),
    onSuccess: (result) => {
      queryClient.setQueryData([...keys.makers, product.id], result)
      setDraft(null)
    },
  })

  const startEditing = (m: Makers) => {
    setErrors({})
    setDraft({
      share_percent: String(m.share_percent),
      makers: m.makers.map((x) => ({ artisan_id: x.artisan_id, label: `${x.display_name} · ${x.workshop.name_zh}`, weight: String(x.weight) })),
    })
  }
  const submit = () => {
    if (!draft || !checkErrors(validate(draft, t), setErrors, t)) return
    save.mutate({
      share_percent: typedDecimal(draft.share_percent, 0, MAX_SHARE_PERCENT, 4)!,
      makers: draft.makers.map((m) => ({ artisan_id: m.artisan_id, weight: typedWhole(m.weight, 1, MAX_MAKER_WEIGHT)! })),
    })
  }
  const addMaker = (artisanId: string) => {
    const a = artisans.data?.artisans.find((x) => x.id === artisanId)
    if (!draft || !a || draft.makers.some((m) => m.artisan_id === a.id)) return
    setDraft({ ...draft, makers: [...draft.makers, { artisan_id: a.id, label: `${a.display_name} · ${a.workshop?.name_zh ?? ""}`, weight: "1" }] })
    setAdding("")
  }

  return (
    <Section
      title={t("makers.title")}
      subtitle={t("makers.subtitle")}
      testId="makers-widget"
      actions={
        makers.data && !draft ? (
          <Button size="small" variant="secondary" onClick={() => startEditing(makers.data)} data-testid="makers-edit">
            {t("common.edit")}
          </Button>
        ) : null
      }
    >
      <QueryView t={t} query={makers}>
        {(data) =>
          !draft ? (
            <>
              <div className="flex items-center justify-between px-6 py-3">
                <Text size="small" className="text-ui-fg-subtle">{t("makers.share")}</Text>
                <Text size="small" weight="plus" data-testid="makers-share">{data.share_percent}%</Text>
              </div>
              {data.makers.length ? (
                <ListTable columns={[t("makers.artisan"), right(t("makers.weight")), right(t("makers.percentOfSale"))]}>
                  {data.makers.map((m) => (
                    <Table.Row key={m.artisan_id} data-testid="maker-row" data-artisan-id={m.artisan_id}>
                      <Table.Cell>
                        <TwoLines primary={m.display_name} secondary={m.workshop.name_zh} />
                      </Table.Cell>
                      <Table.Cell className="text-right" data-testid="maker-weight">{m.weight}</Table.Cell>
                      <Table.Cell className="text-right" data-testid="maker-percent">{m.share_percent_of_sale}%</Table.Cell>
                    </Table.Row>
                  ))}
                </ListTable>
              ) : (
                <div className="px-6 py-4">
                  <Text size="small" className="text-ui-fg-subtle">{t("makers.none")}</Text>
                </div>
              )}
            </>
          ) : (
            <SubmitForm className="flex flex-col gap-y-3 px-6 py-4" data-testid="makers-form" onSubmit={submit}>
              <div className="flex items-center justify-between gap-x-4">
                <label htmlFor="share_percent" className="txt-compact-small-plus">{t("makers.share")}</label>
                <Input
                  id="share_percent"
                  className="w-28"
                  inputMode="decimal"
                  value={draft.share_percent}
                  onChange={(e) => setDraft({ ...draft, share_percent: e.target.value })}
                  aria-invalid={!!errors.share_percent}
                />
              </div>
              {errors.share_percent ? <Text size="xsmall" className="text-ui-fg-error" role="alert">{errors.share_percent}</Text> : null}
              {draft.makers.map((m, i) => (
                <div key={m.artisan_id} className="flex flex-col gap-y-1" data-testid="maker-edit-row">
                  <div className="flex items-center justify-between gap-x-2">
                    <Text size="small" className="flex-1">{m.label}</Text>
                    <Input
                      aria-label={`${t("makers.weight")} ${m.label}`}
                      className="w-20"
                      inputMode="numeric"
                      value={m.weight}
                      data-testid="maker-weight-input"
                      onChange={(e) =>
                        setDraft({ ...draft, makers: draft.makers.map((x, j) => (j === i ? { ...x, weight: e.target.value } : x)) })
                      }
                      aria-invalid={!!errors[`weight_${i}`]}
                    />
                    <IconButton
                      type="button"
                      size="small"
                      variant="transparent"
                      aria-label={t("makers.remove")}
                      onClick={() => setDraft({ ...draft, makers: draft.makers.filter((_, j) => j !== i) })}
                    >
                      <Trash />
                    </IconButton>
                  </div>
                  {errors[`weight_${i}`] ? <Text size="xsmall" className="text-ui-fg-error" role="alert">{errors[`weight_${i}`]}</Text> : null}
                </div>
              ))}
              {errors.makers ? <Text size="xsmall" className="text-ui-fg-error" role="alert">{errors.makers}</Text> : null}
              <Select value={adding} onValueChange={addMaker}>
                <Select.Trigger aria-label={t("makers.add")}>
                  <Select.Value placeholder={`${t("makers.add")}…`} />
                </Select.Trigger>
                <Select.Content>
                  {(artisans.data?.artisans ?? [])
                    .filter((a) => !draft.makers.some((m) => m.artisan_id === a.id))
                    .map((a) => (
                      <Select.Item key={a.id} value={a.id}>
                        {a.display_name} · {a.workshop?.name_zh}
                      </Select.Item>
                    ))}
                </Select.Content>
              </Select>
              <div className="flex justify-end gap-x-2">
                <Button type="button" size="small" variant="secondary" onClick={() => setDraft(null)}>
                  {t("common.cancel")}
                </Button>
                <Button type="submit" size="small" isLoading={save.isPending} data-testid="makers-save">
                  {t("common.save")}
                </Button>
              </div>
            </SubmitForm>
          )
        }
      </QueryView>
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductMakersWidget
