import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

export type ApplicationFilter = {
  /** only these workshops' (a coordinator's); undefined: all */
  workshop_ids?: string[]
  opening_id?: string[]
  status?: string[]
  limit: number
  offset: number
}

export type ApplicationRow = {
  id: string
  opening_id: string
  workshop_id: string
  opening_title_zh: string
  opening_title_en: string
  name: string
  phone: string
  town: string
  availability: string
  childcare_needs: string | null
  locale: string
  status: string
  artisan_id: string | null
  created_at: Date
  updated_at: Date
  history: { from_status: string | null; to_status: string; note: string | null; actor_id: string; created_at: string }[]
}

/**
 * Applications, newest first, with their opening's title and their history (oldest move first).
 * The status link's hash is never read out.
 */
export async function listApplications(
  manager: EntityManager,
  filter: ApplicationFilter
): Promise<{ applications: ApplicationRow[]; count: number }> {
  const where: string[] = ["a.deleted_at is null"]
  const params: unknown[] = []
  if (filter.workshop_ids) {
    where.push(`a.workshop_id in (select jsonb_array_elements_text(?::jsonb))`)
    params.push(JSON.stringify(filter.workshop_ids))
  }
  if (filter.opening_id?.length) {
    where.push(`a.opening_id in (select jsonb_array_elements_text(?::jsonb))`)
    params.push(JSON.stringify(filter.opening_id))
  }
  if (filter.status?.length) {
    where.push(`a.status in (select jsonb_array_elements_text(?::jsonb))`)
    params.push(JSON.stringify(filter.status))
  }
  const rows = (await manager.execute(
    `select a.id, a.opening_id, a.workshop_id, o.title_zh as opening_title_zh, o.title_en as opening_title_en,
            a.name, a.phone, a.town, a.availability, a.childcare_needs, a.locale, a.status, a.artisan_id,
            a.created_at, a.updated_at, count(*) over ()::int as total,
            coalesce((select jsonb_agg(jsonb_build_object('from_status', n.from_status, 'to_status', n.to_status,
                        'note', n.note, 'actor_id', n.actor_id, 'created_at', n.created_at) order by n.created_at, n.id)
                        from application_note n where n.application_id = a.id and n.deleted_at is null), '[]'::jsonb) as history
       from application a join opening o on o.id = a.opening_id
      where ${where.join(" and ")}
      order by a.created_at desc, a.id
      limit ? offset ?`,
    [...params, filter.limit, filter.offset]
  )) as (ApplicationRow & { total: number })[]
  const count = rows[0]?.total ?? 0
  return { applications: rows.map(({ total: _total, ...row }) => row), count }
}
