import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
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
        {t("common.loadFailed", { message: error instanceof Error ? error.message : String(error) })}
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
