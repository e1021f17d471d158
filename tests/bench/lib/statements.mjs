// Where the database time of a measured series goes: pg_stat_statements, reset before the timed
// requests and read after them.

export async function enableStatementStats(client) {
  await client.query("create extension if not exists pg_stat_statements")
}

export async function resetStatementStats(client) {
  await client.query("select pg_stat_statements_reset()")
}

/** Total database time of the series, and its most expensive statements. */
export async function readStatementStats(client, { requests, top = 8 }) {
  const { rows } = await client.query(
    `select regexp_replace(query, '\\s+', ' ', 'g') as query, calls::int, total_exec_time, mean_exec_time, rows::bigint
       from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not ilike '%pg_stat_statements%'
      order by total_exec_time desc`
  )
  const total = rows.reduce((a, r) => a + r.total_exec_time, 0)
  const round = (x) => Math.round(x * 100) / 100
  return {
    db_ms_per_request: round(total / Math.max(1, requests)),
    statements_per_request: round(rows.reduce((a, r) => a + r.calls, 0) / Math.max(1, requests)),
    top: rows.slice(0, top).map((r) => ({
      query: r.query.length > 400 ? `${r.query.slice(0, 400)}…` : r.query,
      calls: r.calls,
      total_ms: round(r.total_exec_time),
      mean_ms: round(r.mean_exec_time),
      ms_per_request: round(r.total_exec_time / Math.max(1, requests)),
      rows: Number(r.rows),
    })),
  }
}
