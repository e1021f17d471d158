#!/usr/bin/env node
// The shop's search (GET /store/product-search, issue 13) at 10,000 products, in Chinese and
// English, under 10 concurrent searches. Real backend (`medusa start`, production), real
// migrations, a throwaway embedded PostgreSQL. One product is made through the admin API (with a
// version, a category, the shop's sales channel and its English), then copied with SQL into
// 10,000 generated ones (Chinese titles, subtitles, descriptions and materials from word lists,
// their English as Translation module rows); the search documents are then written by the
// plugin's own rebuild (`medusa exec …/rebuild-product-search.js`, timed). Prints p50/p95/p99 and
// requests per second, per language and per query, and writes tests/bench/results/search-<date>.json
// (and search-latest.json). Goal (issue 13): p95 < 100 ms.
//
//   npm run bench:search                                   (~3 min on 2 cores)
//   node tests/bench/search-bench.mjs --products=2000 --requests=500 --no-build   (a quicker run)
//
// Options: --products=N (10000) --requests=N (3000, after --warmup=N (200)) --concurrency=N (10)
// --cluster=N (`medusa start --cluster N`; default one process, as `npm start` runs it) --no-build
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { createRequire } from "node:module"
import { EmbeddedPostgres, freePort } from "../../scripts/lib/embedded-postgres.mjs"
import {
  buildBackend, buildProblem, createAdminUser, migrate, ROOT, run, snapshotBuild, startBackend, stopBackend, stopBackendNow, toolEnv,
} from "./lib/backend.mjs"
import { createHttpClient, expectStatus } from "./lib/http-client.mjs"
import { numberArg } from "./lib/args.mjs"
import { formatTable, percentile } from "./lib/stats.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("pg")

const ADMIN = { email: "search-bench@jinxiu.test", password: "search-bench-password" }
const arg = numberArg
const PRODUCTS = arg("products", 10_000)
const REQUESTS = arg("requests", 3_000)
const WARMUP = arg("warmup", 200)
const CONCURRENCY = arg("concurrency", 10)
/** `medusa start --cluster N` (Node processes sharing the port); 0: one process, as `npm start` runs it */
const CLUSTER = arg("cluster", 0)
const GOAL_P95_MS = 100

const log = (...a) => console.log(`[search-bench ${new Date().toISOString().slice(11, 19)}]`, ...a)

// ---------------------------------------------------------------------------------------------
// Word lists: each Chinese word beside its English, so a product's English says what its Chinese does

const MOTIFS = [
  ["牡丹", "peony"], ["荷花", "lotus"], ["凤凰", "phoenix"], ["仙鹤", "crane"], ["锦鲤", "koi"], ["梅花", "plum blossom"],
  ["兰花", "orchid"], ["翠竹", "bamboo"], ["蝴蝶", "butterfly"], ["喜鹊", "magpie"], ["祥云", "cloud"], ["金鱼", "goldfish"],
  ["孔雀", "peacock"], ["山水", "landscape"], ["石榴", "pomegranate"], ["菊花", "chrysanthemum"], ["桃花", "peach blossom"],
  ["鸳鸯", "mandarin ducks"], ["白鹭", "egret"], ["月季", "rose"], ["玉兰", "magnolia"], ["松鹤", "pine and crane"],
]
// object, its category
const OBJECTS = [
  ["团扇", "round fan", "fans"], ["折扇", "folding fan", "fans"], ["香囊", "scent pouch", "pouches"], ["荷包", "purse", "pouches"],
  ["挂屏", "wall hanging", "hangings"], ["装裱绣", "framed embroidery", "hangings"], ["屏风", "table screen", "hangings"],
  ["桌旗", "table runner", "home"], ["抱枕", "cushion", "home"], ["杯垫", "coaster", "home"], ["书签", "bookmark", "accessories"],
  ["手袋", "handbag", "accessories"], ["围巾", "scarf", "accessories"], ["披肩", "shawl", "accessories"], ["眼镜袋", "glasses case", "accessories"],
]
const COLORS = [["朱红", "vermilion"], ["靛蓝", "indigo"], ["墨绿", "dark green"], ["米白", "ivory"], ["玄黑", "black"], ["金黄", "golden"], ["藕粉", "lotus pink"], ["月白", "moon white"]]
const TECHNIQUES = [["盘金", "couched gold"], ["打籽", "seed stitch"], ["平绣", "satin stitch"], ["钉金", "gold couching"], ["乱针", "random stitch"], ["双面绣", "double-sided embroidery"], ["绒绣", "wool embroidery"]]
const MATERIALS = [["真丝", "silk"], ["金线", "gold thread"], ["银线", "silver thread"], ["棉麻", "cotton and linen"], ["香云纱", "gambiered silk"], ["缎面", "satin"], ["竹", "bamboo"], ["檀木", "sandalwood"]]
const PLACES = [["四会", "Sihui"], ["端州", "Duanzhou"], ["肇庆", "Zhaoqing"], ["广宁", "Guangning"], ["德庆", "Deqing"], ["封开", "Fengkai"]]
const CATEGORIES = {
  fans: ["扇子", "Hand fans"],
  pouches: ["香囊荷包", "Pouches"],
  hangings: ["挂屏", "Wall hangings"],
  home: ["家居", "For the home"],
  accessories: ["配饰", "Accessories"],
}

/** Product n of the generated catalog, in Chinese and English (deterministic). */
function generated(n) {
  const pick = (list, salt) => list[(n * salt + Math.floor(n / list.length)) % list.length]
  const motif = pick(MOTIFS, 7)
  const object = pick(OBJECTS, 11)
  const color = pick(COLORS, 5)
  const technique = pick(TECHNIQUES, 3)
  const material = pick(MATERIALS, 13)
  const material2 = pick(MATERIALS, 17)
  const place = pick(PLACES, 19)
  return {
    handle: `bench-${n}`,
    sku: `BENCH-${String(n).padStart(6, "0")}`,
    category: object[2],
    zh: {
      title: `${color[0]}${motif[0]}${object[0]}`,
      subtitle: `${material[0]} · ${technique[0]}`,
      description: `${place[0]}绣娘手工${technique[0]}，${motif[0]}纹样，${color[0]}底色。第${n}号作品，每一件都不一样。`,
      material: `${material[0]}、${material2[0]}`,
    },
    en: {
      title: `${cap(color[1])} ${cap(motif[1])} ${cap(object[1])}`,
      subtitle: `${cap(material[1])}, ${technique[1]}`,
      description: `Hand-embroidered by the women of ${place[1]} in ${technique[1]}: a ${motif[1]} pattern on a ${color[1]} ground. Piece no. ${n}; no two are alike.`,
      material: `${cap(material[1])}, ${material2[1]}`,
    },
  }
}
const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1)

/** What the clients search for: Chinese (one character, words, two terms, a place) and English. */
const QUERIES = [
  { q: "牡丹", lang: "zh" }, { q: "荷花", lang: "zh" }, { q: "团扇", lang: "zh" }, { q: "香囊", lang: "zh" }, { q: "扇", lang: "zh" },
  { q: "鹤", lang: "zh" }, { q: "盘金", lang: "zh" }, { q: "真丝", lang: "zh" }, { q: "凤凰 挂屏", lang: "zh" }, { q: "肇庆", lang: "zh" },
  { q: "靛蓝蝴蝶围巾", lang: "zh" }, { q: "第1234号", lang: "zh" }, { q: "绣", lang: "zh" },
  { q: "peony", lang: "en" }, { q: "lotus", lang: "en" }, { q: "fan", lang: "en" }, { q: "Scent Pouch", lang: "en" }, { q: "crane", lang: "en" },
  { q: "silk", lang: "en" }, { q: "couched gold", lang: "en" }, { q: "Phoenix wall", lang: "en" }, { q: "zhaoqing", lang: "en" },
  { q: "butterfly scarf", lang: "en" }, { q: "ＰＥＯＮＹ", lang: "en" }, { q: "no. 1234;", lang: "en" }, { q: "zzqx", lang: "en" },
]

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-search-bench-"))
  fs.chmodSync(tmp, 0o755)
  const logFile = path.join(tmp, "bench.log")
  let pg
  let backend
  let client
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), loadavg_before: os.loadavg() },
    products: PRODUCTS,
    requests: REQUESTS,
    warmup: WARMUP,
    concurrency: CONCURRENCY,
    cluster: CLUSTER,
    goal_p95_ms: GOAL_P95_MS,
  }
  if (os.loadavg()[0] > 1) log(`the load average is ${os.loadavg()[0].toFixed(2)}: numbers will be slower than on a quiet machine`)
  try {
    if (!process.argv.includes("--no-build")) {
      const problem = buildProblem()
      if (problem) {
        log(`building the backend (${problem})`)
        await buildBackend({ logFile })
      }
    }
    const { server, pluginSrc } = await snapshotBuild(path.join(tmp, "app"), { log })
    pg = new EmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), password: crypto.randomBytes(12).toString("hex"), fast: true, log })
    await pg.start()
    await pg.createDatabase("jinxiu_search")
    const databaseUrl = pg.databaseUrl("jinxiu_search")
    const env = { DATABASE_URL: databaseUrl, JINXIU_DATA_DIR: path.join(tmp, "data") }
    log("migrating")
    await migrate({ server, env, logFile })
    await createAdminUser({ server, env, logFile, ...ADMIN })
    const port = await freePort()
    backend = await startBackend({ server, env, port, logFile, args: CLUSTER ? ["--cluster", String(CLUSTER)] : [] })
    client = new Client({ connectionString: databaseUrl })
    await client.connect()
    results.postgres = (await client.query("show server_version")).rows[0].server_version

    const http = createHttpClient(`http://127.0.0.1:${port}`)
    const { token } = expectStatus(await http.request("POST", "/auth/user/emailpass", { body: ADMIN }), 200, "admin login")
    const admin = { token }
    const shop = await setUpShop(http, admin)
    http.close()

    log(`making ${PRODUCTS} products`)
    let t = performance.now()
    await copyProducts(client, shop, PRODUCTS)
    results.generate_ms = Math.round(performance.now() - t)
    log(`made in ${(results.generate_ms / 1000).toFixed(1)} s; writing their search documents (the plugin's rebuild)`)
    t = performance.now()
    await run(path.join(ROOT, "node_modules", ".bin", "medusa"), ["exec", path.join(pluginSrc, "scripts", "rebuild-product-search.js")], { cwd: server, env: toolEnv(env), logFile })
    results.rebuild_ms = Math.round(performance.now() - t)
    const { rows: [documents] } = await client.query(
      `select count(*)::int as n, pg_size_pretty(pg_total_relation_size('product_search_document')) as size,
              pg_size_pretty(pg_relation_size('"IDX_product_search_document_grams"')) as gin_size,
              round(avg(cardinality(grams)))::int as grams_per_document from product_search_document`
    )
    results.documents = documents
    log(`${documents.n} documents (${documents.size}, GIN ${documents.gin_size}, ${documents.grams_per_document} grams each) in ${(results.rebuild_ms / 1000).toFixed(1)} s (medusa exec, boot included)`)
    if (documents.n < PRODUCTS) throw new Error(`expected at least ${PRODUCTS} search documents, found ${documents.n}`)
    await client.query("vacuum analyze")

    // what each query finds (and a check that the answers are right)
    const probe = createHttpClient(`http://127.0.0.1:${port}`)
    const counts = {}
    for (const { q } of QUERIES) {
      const body = expectStatus(await probe.request("GET", searchPath(q), { headers: shop.store }), 200, `search ${q}`)
      counts[q] = body.count
    }
    const exact = expectStatus(await probe.request("GET", searchPath(`第1234号`), { headers: shop.store }), 200, "search one piece").products
    const expectedTitle = generated(1234).zh.title
    const { rows: [first] } = await client.query(`select title from product where id = $1`, [exact[0]?.id ?? ""])
    if (exact.length !== 1 || first?.title !== expectedTitle) throw new Error(`"第1234号" should find piece 1234 (${expectedTitle}) alone; found ${JSON.stringify(exact)}`)
    probe.close()
    results.matches = counts

    // the search statement alone, one at a time, straight to PostgreSQL (the plugin's own SQL)
    log("timing the search statement alone")
    results.statement = await timeStatement(client, pluginSrc, shop.channelId)

    // a trivial store route under the same load: what any store request costs in this backend
    log(`a trivial store route (GET /store/awards) under the same load, for comparison`)
    const baseline = await fireAt(port, shop.store, 500, CONCURRENCY, () => "/store/awards?subject_type=product")
    results.baseline_store_route = stats(baseline.map((s) => s.ms))

    log(`warming up (${WARMUP} searches), then ${REQUESTS} searches from ${CONCURRENCY} clients`)
    await fire(port, shop.store, WARMUP, CONCURRENCY)
    results.loadavg_start = os.loadavg()
    const started = performance.now()
    const samples = await fire(port, shop.store, REQUESTS, CONCURRENCY)
    const wallMs = performance.now() - started
    results.loadavg_end = os.loadavg()
    results.wall_ms = Math.round(wallMs)
    results.requests_per_second = Math.round((samples.length / wallMs) * 1000 * 10) / 10
    results.all = stats(samples.map((s) => s.ms))
    results.by_language = { zh: stats(samples.filter((s) => s.lang === "zh").map((s) => s.ms)), en: stats(samples.filter((s) => s.lang === "en").map((s) => s.ms)) }
    results.by_query = Object.fromEntries(QUERIES.map(({ q }) => [q, { matches: counts[q], ...stats(samples.filter((s) => s.q === q).map((s) => s.ms)) }]))
    results.goal_met = results.all.p95 < GOAL_P95_MS

    console.log(`\nGET /store/product-search, ${PRODUCTS} products, ${CONCURRENCY} concurrent clients, ${samples.length} searches, ${CLUSTER ? `medusa start --cluster ${CLUSTER}` : "one backend process"} (ms)\n`)
    console.log(
      formatTable([
        ["", "n", "p50", "p95", "p99", "max"],
        ...[["all", results.all], ["Chinese", results.by_language.zh], ["English", results.by_language.en]].map(([name, s]) => [name, s.n, s.p50, s.p95, s.p99, s.max]),
      ])
    )
    console.log(`\n${results.requests_per_second} searches/s; goal p95 < ${GOAL_P95_MS} ms: ${results.goal_met ? "met" : "NOT met"}\n`)
    console.log(formatTable([["query", "matches", "p50", "p95", "p99"], ...Object.entries(results.by_query).map(([q, s]) => [q, s.matches, s.p50, s.p95, s.p99])]))
    console.log(`\nthe search statement alone (one at a time, ms): p50 ${results.statement.all.p50}, p95 ${results.statement.all.p95}, max ${results.statement.all.max}`)
    console.log(`a trivial store route (GET /store/awards) under the same load (ms): p50 ${results.baseline_store_route.p50}, p95 ${results.baseline_store_route.p95}`)
    console.log(`\nsearch documents: ${documents.n} (${documents.size}), written in ${(results.rebuild_ms / 1000).toFixed(1)} s by the rebuild`)

    const dir = path.join(ROOT, "tests", "bench", "results")
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `search-${results.date.slice(0, 19).replace(/[:T]/g, "-")}.json`)
    fs.writeFileSync(file, JSON.stringify(results, null, 2))
    fs.writeFileSync(path.join(dir, "search-latest.json"), JSON.stringify(results, null, 2))
    console.log(`\nwritten to ${path.relative(ROOT, file)}`)
  } finally {
    await client?.end().catch(() => {})
    if (backend) await stopBackend(backend).catch(() => stopBackendNow(backend))
    await pg?.stop().catch(() => {})
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

const searchPath = (q, limit = 12) => `/store/product-search?q=${encodeURIComponent(q)}&limit=${limit}`

function stats(ms) {
  const sorted = [...ms].sort((a, b) => a - b)
  const round = (v) => (v == null ? null : Math.round(v * 10) / 10)
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]) }
}

/** `total` searches from `concurrency` clients, the queries in turn; a visitor's first page, now and then a later one. */
function fire(port, headers, total, concurrency) {
  return fireAt(port, headers, total, concurrency, (i) => `${searchPath(QUERIES[i % QUERIES.length].q)}&offset=${i % 7 === 0 ? 12 : 0}`, (i) => QUERIES[i % QUERIES.length])
}

/** `total` GETs from `concurrency` clients, each on its own keep-alive connection. */
async function fireAt(port, headers, total, concurrency, pathOf, tagOf = () => ({})) {
  const samples = []
  let next = 0
  const worker = async () => {
    const http = createHttpClient(`http://127.0.0.1:${port}`)
    try {
      while (next < total) {
        const i = next++
        const res = await http.request("GET", pathOf(i), { headers })
        if (res.status !== 200) throw new Error(`${pathOf(i)} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`)
        samples.push({ ...tagOf(i), ms: res.ms })
      }
    } finally {
      http.close()
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return samples
}

/**
 * The plugin's search statement (its built repository and domain), sent straight to PostgreSQL
 * one at a time: 20 runs of each query after one to warm up, and EXPLAIN ANALYZE of the heaviest
 * (绣, in every product) and of a two-character word.
 */
async function timeStatement(client, pluginSrc, channelId) {
  const { searchDocuments } = require(path.join(pluginSrc, "modules", "workshop", "repositories", "product-search", "search.js"))
  const { searchTerms, queryGrams } = require(path.join(pluginSrc, "domain", "index.js"))
  let lastSql = null
  let lastParams = null
  const manager = {
    async execute(sql, params) {
      let n = 0
      lastSql = sql.replace(/\?/g, () => `$${++n}`)
      lastParams = params
      return (await client.query(lastSql, params)).rows
    },
  }
  const input = (q) => {
    const terms = searchTerms(q)
    return { terms, grams: queryGrams(terms), sales_channel_ids: [channelId], limit: 12, offset: 0 }
  }
  // in a transaction, as the module runs it (the statement sets a planner setting for itself)
  const search = async (q) => {
    await client.query("begin")
    try {
      return await searchDocuments(manager, input(q))
    } finally {
      await client.query("commit")
    }
  }
  const all = []
  const byQuery = {}
  for (const { q } of QUERIES) {
    await search(q)
    const times = []
    for (let i = 0; i < 20; i++) {
      const t = performance.now()
      await search(q)
      times.push(performance.now() - t)
    }
    byQuery[q] = stats(times)
    all.push(...times)
  }
  const plans = {}
  for (const q of ["绣", "牡丹", "silk"]) {
    await search(q)
    await client.query("begin")
    await client.query("set local enable_seqscan = off")
    const { rows } = await client.query(`explain (analyze, buffers) ${lastSql}`, lastParams)
    await client.query("commit")
    plans[q] = rows.map((r) => r["QUERY PLAN"]).join("\n")
  }
  return { all: stats(all), by_query: byQuery, plans }
}

/**
 * The shop: a sales channel, a publishable key in it, the categories (with English), and the
 * template product (a version with a SKU, its category, the channel, its English), through the
 * admin API as the admin would.
 */
async function setUpShop(http, admin) {
  const ok = async (method, route, body, what) => expectStatus(await http.request(method, route, { ...admin, body }), 200, what)
  const { sales_channel: channel } = await ok("POST", "/admin/sales-channels", { name: "Search bench shop" }, "sales channel")
  const { api_key: key } = await ok("POST", "/admin/api-keys", { title: "search bench", type: "publishable" }, "publishable key")
  await ok("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] }, "key's sales channel")
  const categories = {}
  for (const [handle, [zh, en]] of Object.entries(CATEGORIES)) {
    const { product_category: category } = await ok("POST", "/admin/product-categories", { name: zh, handle, is_active: true, is_internal: false }, `category ${handle}`)
    await ok("POST", "/admin/translations/batch", { create: [{ reference: "product_category", reference_id: category.id, locale_code: "en-US", translations: { name: en } }] }, "category's English")
    categories[handle] = category.id
  }
  const seed = generated(0)
  const { product } = await ok(
    "POST",
    "/admin/products",
    {
      title: seed.zh.title,
      subtitle: seed.zh.subtitle,
      description: seed.zh.description,
      material: seed.zh.material,
      handle: seed.handle,
      status: "published",
      options: [{ title: "款式", values: ["标准"] }],
      variants: [{ title: "标准", sku: seed.sku, options: { 款式: "标准" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: 268 }] }],
      sales_channels: [{ id: channel.id }],
      categories: [{ id: categories[seed.category] }],
    },
    "template product"
  )
  await ok("POST", "/admin/translations/batch", { create: [{ reference: "product", reference_id: product.id, locale_code: "en-US", translations: seed.en }] }, "product's English")
  return { store: { "x-publishable-api-key": key.token }, channelId: channel.id, categories, templateId: product.id, templateVariantId: product.variants[0].id }
}

/** Columns of a table, in order. */
async function columnsOf(client, table) {
  const { rows } = await client.query(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
    [table]
  )
  return rows.map((r) => r.column_name)
}

/**
 * Products 1..n as copies of the template (product, its version, its sales channel link, its
 * category, its English), each with its own generated texts, handle, SKU and created_at, inserted
 * 1,000 at a time from JSON.
 */
async function copyProducts(client, shop, n) {
  const columns = {}
  for (const table of ["product", "product_variant", "product_sales_channel", "product_category_product", "translation"]) columns[table] = await columnsOf(client, table)
  const copy = async (table, from, where, replacements, rows) => {
    const cols = columns[table]
    const select = cols.map((c) => replacements[c] ?? `t."${c}"`).join(", ")
    await client.query(
      `insert into "${table}" (${cols.map((c) => `"${c}"`).join(", ")})
       select ${select} from "${table}" t, jsonb_to_recordset($1::jsonb) as j(${from}) where ${where}`,
      [JSON.stringify(rows)]
    )
  }
  const BATCH = 1_000
  const now = Date.now()
  for (let start = 1; start <= n; start += BATCH) {
    const rows = []
    for (let i = start; i < Math.min(start + BATCH, n + 1); i++) {
      const g = generated(i)
      rows.push({
        n: i,
        id: `prod_bench_${i}`,
        handle: g.handle,
        sku: g.sku,
        category_id: shop.categories[g.category],
        created_at: new Date(now - (n - i) * 60_000).toISOString(),
        title: g.zh.title,
        subtitle: g.zh.subtitle,
        description: g.zh.description,
        material: g.zh.material,
        en: g.en,
      })
    }
    const j = "n int, id text, handle text, sku text, category_id text, created_at timestamptz, title text, subtitle text, description text, material text, en jsonb"
    await copy("product", j, `t.id = '${shop.templateId}'`, {
      id: "j.id", handle: "j.handle", title: "j.title", subtitle: "j.subtitle", description: "j.description", material: "j.material", created_at: "j.created_at", updated_at: "j.created_at",
    }, rows)
    await copy("product_variant", j, `t.id = '${shop.templateVariantId}'`, {
      id: "'variant_bench_' || j.n", product_id: "j.id", sku: "j.sku", created_at: "j.created_at", updated_at: "j.created_at",
    }, rows)
    await copy("product_sales_channel", j, `t.product_id = '${shop.templateId}'`, { id: "'prodsc_bench_' || j.n", product_id: "j.id" }, rows)
    await copy("product_category_product", j, `t.product_id = '${shop.templateId}'`, { product_id: "j.id", product_category_id: "j.category_id" }, rows)
    await copy("translation", j, `t.reference_id = '${shop.templateId}'`, { id: "'trans_bench_' || j.n", reference_id: "j.id", translations: "j.en" }, rows)
  }
  await client.query("analyze")
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
