// A city of workshops generated with SQL only (INSERT … SELECT generate_series), straight into the
// tables the workshop module's migrations created: the same columns, ids with the same prefixes and
// lengths (prefix_ + 26 characters), `raw_*` JSON beside every bigNumber column, and one piecework
// ledger entry per paid work entry, as `recordWorkBatch` writes them.
//
// Helper tables live in the schema `bench` (dropped at the end); nothing else is left behind.
import { performance } from "node:perf_hooks"

export const PIECE_TYPES = [
  { code: "FAN-FACE", zh: "扇面刺绣", en: "Embroidered fan face", rate: "8.00" },
  { code: "POUCH", zh: "金绣荷包", en: "Gold-thread pouch", rate: "12.50" },
  { code: "PANEL-S", zh: "小绣片", en: "Small panel", rate: "18.00" },
  { code: "PANEL-L", zh: "大绣片", en: "Large panel", rate: "30.00" },
  { code: "FRAME", zh: "装裱绣画", en: "Framed piece", rate: "45.00" },
]

// ids: `<prefix>_BENCH` + zero-padded number, 26 characters after the underscore like Medusa's ULIDs
const benchId = (prefix, n) => `'${prefix}_BENCH' || lpad((${n})::text, 21, '0')`

/** The piecework of one month for all bench artisans, or only those in `$5` (text[]). */
const MONTH_SQL = `
with lines as (
  select a.id as artisan_id, a.workshop_id, a.wn, a.coordinator_id,
         $2::date + ((k - 1) * $3::int) / $6::int as d,
         1 + floor(random() * 5)::int as p,
         random() as g,
         1 + floor(random() * 20)::int as quantity,
         random() as shuffle
    from bench.artisan a
   cross join generate_series(1, $6::int) k
   where $5::text[] is null or a.id = any($5::text[])
), priced as (
  select l.artisan_id, l.workshop_id, l.wn, l.coordinator_id, l.d, l.quantity, l.shuffle, t.id as piece_type_id,
         case when l.g < 0.85 then 'A' when l.g < 0.95 then 'B' else 'R' end as grade,
         (case when l.g < 0.85 then t.rate_a when l.g < 0.95 then t.rate_b else 0 end)::numeric(14,2) as rate
    from lines l
    join bench.piece_type t on t.wn = l.wn and t.p = l.p
), numbered as materialized (
  -- one batch per workshop and day (recorded in the evening), its lines stored together
  select p.*,
         row_number() over (order by p.d, p.wn, p.shuffle) as seq,
         (row_number() over (partition by p.wn, p.d order by p.shuffle) - 1)::int as line_index,
         'wkbat_' || rpad($4 || to_char(p.d, 'DD') || lpad(p.wn::text, 5, '0'), 26, '0') as batch_id,
         least(now(), (p.d + time '18:00' + p.wn * interval '7 seconds') at time zone 'Asia/Shanghai') as recorded_at,
         round(p.rate * p.quantity, 2)::numeric(14,2) as amount
    from priced p
), batches as (
  insert into work_batch (id, coordinator_id, idempotency_key, request_hash, line_count, created_at, updated_at)
  select batch_id, min(coordinator_id), 'bench-' || batch_id, md5(batch_id), count(*)::int, min(recorded_at), min(recorded_at)
    from numbered
   group by batch_id
  returning 1
), entries as (
  insert into work_entry (id, artisan_id, workshop_id, piece_type_id, quantity, grade, work_date, period,
                          rate, raw_rate, amount, raw_amount, recorded_by, batch_id, line_index, created_at, updated_at)
  select 'wkent_' || $4 || lpad(seq::text, 26 - length($4), '0'),
         artisan_id, workshop_id, piece_type_id, quantity, grade, to_char(d, 'YYYY-MM-DD'), $1,
         rate, jsonb_build_object('value', rate::text, 'precision', 20),
         amount, jsonb_build_object('value', amount::text, 'precision', 20),
         coordinator_id, batch_id, line_index, recorded_at, recorded_at
    from numbered
   order by seq
  returning id, artisan_id, workshop_id, period, amount, raw_amount, recorded_by, created_at
), ledger as (
  insert into ledger_entry (id, artisan_id, workshop_id, period, kind, amount, raw_amount, currency_code,
                            source_type, source_id, dedupe_key, created_by, created_at, updated_at)
  select 'ledg_' || substr(id, 7), artisan_id, workshop_id, period, 'piecework', amount, raw_amount, 'cny',
         'work_entry', id, 'work_entry:' || id, recorded_by, created_at, created_at
    from entries
   where amount <> 0
  returning 1
)
select (select count(*) from entries)::int as work_entries,
       (select count(*) from ledger)::int as ledger_entries,
       (select count(*) from batches)::int as batches`

/** Workshops, coordinators, piece types and rates, the generated artisans, and the periods. */
export async function generateBase(client, { workshops, perWorkshop, generatedArtisans, months }) {
  const t0 = performance.now()
  await client.query("drop schema if exists bench cascade")
  await client.query("create schema bench")
  await client.query(
    `create table bench.workshop as
     select w as wn, ${benchId("wksp", "w")} as id, ${benchId("coord", "w")} as coordinator_id
       from generate_series(1, $1::int) w`,
    [workshops]
  )
  await client.query("alter table bench.workshop add primary key (wn)")
  await client.query(
    `insert into workshop (id, handle, name_zh, name_en, city_zh, city_en, district_zh, district_en, founded_year, is_active)
     select id, 'bench-workshop-' || wn, '金绣工坊 ' || wn, 'Gold embroidery workshop ' || wn, '肇庆', 'Zhaoqing',
            (array['端州区','高要区','四会市','鼎湖区','广宁县'])[1 + wn % 5],
            (array['Duanzhou','Gaoyao','Sihui','Dinghu','Guangning'])[1 + wn % 5],
            2015 + wn % 9, true
       from bench.workshop`
  )
  await client.query(
    `insert into coordinator (id, email, name)
     select coordinator_id, 'coordinator-' || wn || '@bench.jinxiu.test', '协调员 ' || wn from bench.workshop`
  )
  await client.query(`insert into workshop_coordinator (coordinator_id, workshop_id) select coordinator_id, id from bench.workshop`)

  await client.query(
    `create table bench.piece_type as
     select w.wn, p.ord as p, ${benchId("ptype", "(w.wn - 1) * 5 + p.ord")} as id, w.id as workshop_id,
            p.code, p.zh, p.en, p.rate::numeric(14,2) as rate_a, round(p.rate::numeric * 0.8, 2)::numeric(14,2) as rate_b
       from bench.workshop w
      cross join jsonb_to_recordset($1::jsonb) as p(code text, zh text, en text, rate text, ord int)`,
    [JSON.stringify(PIECE_TYPES.map((p, i) => ({ ...p, ord: i + 1 })))]
  )
  await client.query("alter table bench.piece_type add primary key (wn, p)")
  await client.query(
    `insert into piece_type (id, code, name_zh, name_en, kind, is_active, workshop_id)
     select id, code, zh, en, 'task', true, workshop_id from bench.piece_type`
  )
  await client.query(
    `insert into piece_rate (id, effective_from, rate_a, raw_rate_a, rate_b, raw_rate_b, created_by, piece_type_id)
     select ${benchId("prate", "(wn - 1) * 5 + p")}, '2025-01-01',
            rate_a, jsonb_build_object('value', rate_a::text, 'precision', 20),
            rate_b, jsonb_build_object('value', rate_b::text, 'precision', 20),
            'bench', id
       from bench.piece_type`
  )

  await client.query(
    `create table bench.artisan as
     select i as n, ${benchId("art", "i")} as id, w.id as workshop_id, w.wn, w.coordinator_id
       from generate_series(1, $1::int) i
       join bench.workshop w on w.wn = (i - 1) / $2::int + 1`,
    [generatedArtisans, perWorkshop]
  )
  await client.query("alter table bench.artisan add primary key (id)")
  // Everyone joined before the first generated month (the earliest month starts 2025-12-01 or later).
  await client.query(
    `insert into artisan (id, display_name, legal_name, phone, joined_on, skills, status, public_profile, workshop_id)
     select id, '绣娘 ' || lpad(n::text, 5, '0'), '测试姓名 ' || n, '+86139' || lpad(n::text, 8, '0'),
            to_char(date '2023-06-01' + (n % 700), 'YYYY-MM-DD'), '["guangfu_embroidery"]'::jsonb,
            'active', false, workshop_id
       from bench.artisan`
  )
  await client.query(
    `insert into period (id, month, status)
     select ${benchId("per", "ord")}, m, 'open' from unnest($1::text[]) with ordinality as t(m, ord)`,
    [months.map((m) => m.month)]
  )
  return { ms: performance.now() - t0 }
}

/** One month of piecework (and its ledger) for all bench artisans, or for `artisanIds` only. */
export async function generateMonth(client, month, { entriesPerMonth, artisanIds = null, codePrefix = "B" }) {
  const t0 = performance.now()
  const { rows } = await client.query(MONTH_SQL, [
    month.month,
    month.start,
    month.days,
    `${codePrefix}${month.code}`,
    artisanIds,
    entriesPerMonth,
  ])
  return { ...rows[0], ms: performance.now() - t0 }
}

/** Adds an artisan made through the API to the bench tables so that months can be generated for her. */
export async function registerArtisan(client, { artisanId, workshopId }) {
  await client.query(
    `insert into bench.artisan (n, id, workshop_id, wn, coordinator_id)
     select (select coalesce(max(n), 0) + 1 from bench.artisan), $1, w.id, w.wn, w.coordinator_id
       from bench.workshop w where w.id = $2`,
    [artisanId, workshopId]
  )
}

/**
 * The secondary indexes of the two big tables, dropped before a bulk load and built again after
 * (with their exact definitions), which is much faster than keeping them up to date row by row.
 */
export async function dropBulkIndexes(client, tables = ["work_entry", "ledger_entry"]) {
  const { rows } = await client.query(
    `select ic.relname as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i
       join pg_class c on c.oid = i.indrelid
       join pg_class ic on ic.oid = i.indexrelid
      where c.relname = any($1) and not i.indisprimary
      order by c.relname, ic.relname`,
    [tables]
  )
  for (const r of rows) await client.query(`drop index "${r.name}"`)
  return rows
}

export async function createIndexes(client, indexes, log = () => {}) {
  const timings = []
  for (const ix of indexes) {
    const t0 = performance.now()
    await client.query(ix.def)
    const ms = performance.now() - t0
    timings.push({ name: ix.name, ms })
    log(`  ${ix.name} ${(ms / 1000).toFixed(1)} s`)
  }
  return timings
}

export async function dropBenchSchema(client) {
  await client.query("drop schema if exists bench cascade")
}

/** Rows, heap, index and total sizes of the workshop module's tables. */
export async function tableSizes(client) {
  const tables = ["workshop", "artisan", "coordinator", "workshop_coordinator", "piece_type", "piece_rate",
    "work_batch", "work_entry", "ledger_entry", "period", "statement"]
  const out = {}
  for (const t of tables) {
    const { rows } = await client.query(
      `select (select count(*) from "${t}")::bigint as rows,
              pg_relation_size($1::regclass) as heap_bytes,
              pg_indexes_size($1::regclass) as index_bytes,
              pg_total_relation_size($1::regclass) as total_bytes`,
      [t]
    )
    out[t] = Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]))
  }
  const { rows } = await client.query("select pg_database_size(current_database()) as bytes")
  return { tables: out, database_bytes: Number(rows[0].bytes) }
}
