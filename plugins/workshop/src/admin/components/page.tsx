import { Button, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import type { MouseEvent, ReactNode } from "react"
import { errorMessage } from "../lib/format"
import type { T } from "../lib/i18n"

/** The frame of one Jinxiu admin page: a titled container with its actions. */
export function Page({
  title,
  subtitle,
  actions,
  children,
  testId,
}: {
  title: string
  subtitle?: string
  actions?: ReactNode
  children: ReactNode
  testId?: string
}) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">{title}</Heading>
          {subtitle ? (
            <Text size="small" className="text-ui-fg-subtle mt-1">
              {subtitle}
            </Text>
          ) : null}
        </div>
        {actions ? <div className="flex shrink-0 items-center gap-x-2">{actions}</div> : null}
      </div>
      {children}
    </Container>
  )
}

export function Loading({ t }: { t: T }) {
  return (
    <div className="px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {t("common.loading")}
      </Text>
    </div>
  )
}

export function LoadError({ t, error }: { t: T; error: unknown }) {
  return (
    <div className="px-6 py-4" role="alert">
      <Text size="small" className="text-ui-fg-error">
        {t("common.loadFailed", { message: errorMessage(error) })}
      </Text>
    </div>
  )
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="px-6 py-8 text-center">
      <Text size="small" className="text-ui-fg-subtle">
        {children}
      </Text>
    </div>
  )
}

/**
 * What a query answered: "loading", its error, `empty` when it answered nothing (no data, or
 * `isEmpty`), else `children` with the data. Without `empty`, nothing is shown for no data.
 */
export function QueryView<D>({
  t,
  query,
  loading,
  isEmpty,
  empty,
  children,
}: {
  t: T
  query: { isLoading: boolean; error: unknown; data: D | undefined }
  /** still waiting for something else the view needs */
  loading?: boolean
  isEmpty?: (data: D) => boolean
  empty?: ReactNode
  children: (data: D) => ReactNode
}) {
  if (loading || query.isLoading) return <Loading t={t} />
  if (query.error) return <LoadError t={t} error={query.error} />
  if (query.data === undefined || isEmpty?.(query.data)) return empty === undefined ? null : <Empty>{empty}</Empty>
  return <>{children(query.data)}</>
}

/** A column heading of a ListTable: its label, right-aligned (numbers, actions) when asked. */
export type Column = string | { label: string; right: true }

export const right = (label: string): Column => ({ label, right: true })

/** A table with its column headings; `children` are its rows. */
export function ListTable({ columns, children }: { columns: Column[]; children: ReactNode }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {columns.map((c, i) =>
            typeof c === "string" ? (
              <Table.HeaderCell key={i}>{c}</Table.HeaderCell>
            ) : (
              <Table.HeaderCell key={i} className="text-right">
                {c.label}
              </Table.HeaderCell>
            )
          )}
        </Table.Row>
      </Table.Header>
      <Table.Body>{children}</Table.Body>
    </Table>
  )
}

/** A name in a table cell with a second, quieter line under it (the other language, the legal name…). */
export function TwoLines({ primary, secondary, testId, mono }: { primary: ReactNode; secondary: ReactNode; testId?: string; mono?: boolean }) {
  return (
    <div className="flex flex-col py-2">
      <Text size="small" weight="plus" data-testid={testId}>
        {primary}
      </Text>
      <Text size="xsmall" className={mono ? "text-ui-fg-subtle font-mono" : "text-ui-fg-subtle"}>
        {secondary}
      </Text>
    </div>
  )
}

/** In use or not (a workshop, a piece type). */
export function ActiveBadge({ t, active }: { t: T; active: boolean }) {
  return <StatusBadge color={active ? "green" : "grey"}>{active ? t("common.active") : t("common.inactive")}</StatusBadge>
}

/** The last cell of a row: its Edit button. */
export function EditCell({ t, onClick, testId }: { t: T; onClick: (e: MouseEvent<HTMLButtonElement>) => void; testId?: string }) {
  return (
    <Table.Cell className="text-right">
      <Button size="small" variant="transparent" onClick={onClick} data-testid={testId}>
        {t("common.edit")}
      </Button>
    </Table.Cell>
  )
}

/** A widget's frame on a dashboard page: its title, a line on what it shows, an action on the right. */
export function Section({
  title,
  subtitle,
  actions,
  testId,
  children,
}: {
  title: string
  subtitle: string
  actions?: ReactNode
  testId: string
  children: ReactNode
}) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        </div>
        {actions}
      </div>
      {children}
    </Container>
  )
}

/** Previous/next over a list answered with count/offset/limit. */
export function Pager({
  t,
  count,
  offset,
  limit,
  onChange,
}: {
  t: T
  count: number
  offset: number
  limit: number
  onChange: (offset: number) => void
}) {
  if (count <= limit) return null
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {t("common.range", { from: offset + 1, to: Math.min(offset + limit, count), count })}
      </Text>
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
          {t("common.previous")}
        </Button>
        <Button size="small" variant="secondary" disabled={offset + limit >= count} onClick={() => onChange(offset + limit)}>
          {t("common.next")}
        </Button>
      </div>
    </div>
  )
}
