import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, IconButton, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { showApiError, type Errors } from "../components/form"
import { LoadError, Loading } from "../components/page"
import { keys, type Artisan } from "../lib/api"
import { useT, type T } from "../lib/i18n"
import { sdk } from "../lib/sdk"

type Maker = {
  artisan_id: string
  display_name: string
  weight: number
  share_percent_of_sale: number
  workshop: { id: string; handle: string; name_zh: string; name_en: string }
  legal_name?: string
  status?: string
}
type Makers = { product_id: string; share_percent: number; makers: Maker[] }
type Draft = { share_percent: string; makers: { artisan_id: string; label: string; weight: string }[] }

function validate(d: Draft, t: T): Errors {
  const errors: Errors = {}
  const share = Number(d.share_percent)
  if (d.share_percent.trim() === "" || !Number.isFinite(share) || share < 0 || share > 100) errors.share_percent = t("v.percent")
  d.makers.forEach((m, i) => {
    const w = Number(m.weight)
    if (!/^\d+$/.test(m.weight.trim()) || w < 1 || w > 100) errors[`weight_${i}`] = t("v.weight")
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
  const save = useMutation({
    mutationFn: (body: { share_percent: number; makers: { artisan_id: string; weight: number }[] }) =>
      sdk.client.fetch<Makers>(`/admin/products/${product.id}/makers`, { method: "POST", body }),
    onSuccess: (result) => {
      queryClient.setQueryData([...keys.makers, product.id], result)
      toast.success(t("makers.saved"))
      setDraft(null)
    },
    onError: (error) => showApiError(error, ["share_percent", "makers"], (update) => setErrors(update), t),
  })

  const startEditing = (m: Makers) => {
    setErrors({})
    setDraft({
      share_percent: String(m.share_percent),
      makers: m.makers.map((x) => ({ artisan_id: x.artisan_id, label: `${x.display_name} · ${x.workshop.name_zh}`, weight: String(x.weight) })),
    })
  }
  const submit = () => {
    if (!draft) return
    const found = validate(draft, t)
    setErrors(found)
    if (Object.keys(found).length) {
      toast.error(t("common.fixErrors"))
      return
    }
    save.mutate({
      share_percent: Number(draft.share_percent),
      makers: draft.makers.map((m) => ({ artisan_id: m.artisan_id, weight: Number(m.weight) })),
    })
  }
  const addMaker = (artisanId: string) => {
    const a = artisans.data?.artisans.find((x) => x.id === artisanId)
    if (!draft || !a || draft.makers.some((m) => m.artisan_id === a.id)) return
    setDraft({ ...draft, makers: [...draft.makers, { artisan_id: a.id, label: `${a.display_name} · ${a.workshop?.name_zh ?? ""}`, weight: "1" }] })
    setAdding("")
  }

  return (
    <Container className="divide-y p-0" data-testid="makers-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("makers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("makers.subtitle")}</Text>
        </div>
        {makers.data && !draft ? (
          <Button size="small" variant="secondary" onClick={() => startEditing(makers.data)} data-testid="makers-edit">
            {t("common.edit")}
          </Button>
        ) : null}
      </div>
      {makers.isLoading ? <Loading t={t} /> : makers.error ? <LoadError t={t} error={makers.error} /> : !draft ? (
        makers.data && (
          <>
            <div className="flex items-center justify-between px-6 py-3">
              <Text size="small" className="text-ui-fg-subtle">{t("makers.share")}</Text>
              <Text size="small" weight="plus" data-testid="makers-share">{makers.data.share_percent}%</Text>
            </div>
            {makers.data.makers.length ? (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("makers.artisan")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("makers.weight")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("makers.percentOfSale")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {makers.data.makers.map((m) => (
                    <Table.Row key={m.artisan_id} data-testid="maker-row" data-artisan-id={m.artisan_id}>
                      <Table.Cell>
                        <div className="flex flex-col py-2">
                          <Text size="small" weight="plus">{m.display_name}</Text>
                          <Text size="xsmall" className="text-ui-fg-subtle">{m.workshop.name_zh}</Text>
                        </div>
                      </Table.Cell>
                      <Table.Cell className="text-right" data-testid="maker-weight">{m.weight}</Table.Cell>
                      <Table.Cell className="text-right" data-testid="maker-percent">{m.share_percent_of_sale}%</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            ) : (
              <div className="px-6 py-4">
                <Text size="small" className="text-ui-fg-subtle">{t("makers.none")}</Text>
              </div>
            )}
          </>
        )
      ) : (
        <form
          className="flex flex-col gap-y-3 px-6 py-4"
          noValidate
          data-testid="makers-form"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
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
        </form>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductMakersWidget
