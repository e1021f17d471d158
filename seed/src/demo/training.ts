import { addMonths, monthOf } from "@jinxiu/workshop/domain"
import { hashString, Rng } from "../images/prng"
import { dateIn } from "./dates"
import type { ArtisanSeed, Skill } from "./people"
import type { PieceTypeSeed } from "./piece-types"

/**
 * The programme's training, generated without a database: the skills it teaches, twenty sessions
 * spread over the twelve months before the current one (two more next month, still to come), who
 * attended each, and the piece types that require a skill. Pure and deterministic: the sessions
 * depend only on the current month, attendance on a stream named by the session.
 *
 * Like the real programme in 2023 (20 sessions, close to 500 women), the demo takes close to 500
 * attendances; with the demo's 46 women that is each woman at about ten sessions of the year.
 * Most sessions are held for several workshops at once (the base's training room, a town's
 * women's centre); a few at one workshop for its own women.
 */
export const TRAINING_SEED = "jinxiu-demo-training-v1"

export type SkillSeed = { code: string; name_zh: string; name_en: string }

export const SKILLS: SkillSeed[] = [
  { code: "couching", name_zh: "盘金", name_en: "Gold couching (panjin)" },
  { code: "padded_gold", name_zh: "钉金", name_en: "Padded gold work (dingjin)" },
  { code: "satin_stitch", name_zh: "平绣", name_en: "Satin stitch" },
  { code: "seed_stitch", name_zh: "打籽", name_en: "Seed stitch (Chinese knots)" },
  { code: "shading", name_zh: "套针", name_en: "Long-and-short shading (taozhen)" },
  { code: "knotting", name_zh: "编结", name_en: "Cord knotting and tassels" },
  { code: "finishing", name_zh: "缝制与装裱", name_en: "Sewing, finishing and mounting" },
]

/** The skill code a woman's stitch (people.ts) is trained and certified as. */
export const SKILL_CODE_OF: Record<Skill, string> = {
  盘金绣: "couching",
  钉金绣: "padded_gold",
  平绣: "satin_stitch",
  缝制: "finishing",
  编结: "knotting",
}

/**
 * The piece types that take a line only from a woman who holds the skill (`<workshop>:<code>`):
 * the large couched-gold pieces, whose gold thread is dear and whose faults can't be unpicked, and
 * Sihui's padded-gold collars.
 */
export const REQUIRED_SKILLS: Record<string, string> = {
  "jinxiu-base:FRAME-CRANE-30": "couching",
  "jinxiu-base:FRAME-CRANE-50": "couching",
  "duanzhou-gold:FRAME-PHOENIX-40": "couching",
  "duanzhou-gold:FRAME-PHOENIX-60": "couching",
  "gaoyao-gold:CLUTCH-CARP-NAVY": "couching",
  "gaoyao-gold:CLUTCH-CARP-IVORY": "couching",
  "gaoyao-gold:TASK-CARP-SCALES": "couching",
  "sihui-gold:COLLAR-CLOUD-BLACK": "padded_gold",
  "sihui-gold:COLLAR-CLOUD-RED": "padded_gold",
}

export const requiredSkillOf = (type: { workshop: string; code: string }): string | null =>
  REQUIRED_SKILLS[`${type.workshop}:${type.code}`] ?? null

const ALL = [
  "jinxiu-base",
  "dinghu-handicraft",
  "guangning-handicraft",
  "huaiji-handicraft",
  "duanzhou-gold",
  "gaoyao-gold",
  "sihui-gold",
]
const CENTRAL = ["jinxiu-base", "dinghu-handicraft", "duanzhou-gold", "gaoyao-gold", "sihui-gold"]
const WEST = ["guangning-handicraft", "huaiji-handicraft"]

type Place = { zh: string; en: string; village?: { zh: string; en: string } }
const BASE_ROOM: Place = { zh: "巧手妈妈广府金绣创业基地培训室（端州区）", en: "Training room, Guangfu Gold Embroidery Base (Duanzhou)" }
const DINGHU: Place = { zh: "鼎湖妇女手工坊（鼎湖区坑口街道）", en: "Dinghu Women's Handicraft Workshop (Kengkou, Dinghu)" }
const SIHUI: Place = { zh: "四会广府金绣工坊（四会市东城街道）", en: "Sihui Guangfu Gold Embroidery Workshop (Dongcheng, Sihui)" }
const GAOYAO: Place = { zh: "高要广府金绣工坊（高要区南岸街道）", en: "Gaoyao Guangfu Gold Embroidery Workshop (Nan'an, Gaoyao)" }
const DUANZHOU: Place = { zh: "端州广府金绣工坊（端州区城东街道）", en: "Duanzhou Guangfu Gold Embroidery Workshop (Chengdong, Duanzhou)" }
const PAISHA: Place = {
  zh: "排沙镇妇女之家（广宁县）",
  en: "Paisha Women's Home (Guangning County)",
  village: { zh: "广宁县排沙镇", en: "Paisha, Guangning County" },
}
const LIANGCUN: Place = {
  zh: "梁村镇党群服务中心（怀集县）",
  en: "Liangcun community service centre (Huaiji County)",
  village: { zh: "怀集县梁村镇", en: "Liangcun, Huaiji County" },
}
const JINDU: Place = {
  zh: "金渡镇妇女儿童之家（高要区）",
  en: "Jindu Women and Children's Home (Gaoyao District)",
  village: { zh: "高要区金渡镇", en: "Jindu, Gaoyao District" },
}
const DASHA: Place = {
  zh: "大沙镇妇女之家（四会市）",
  en: "Dasha Women's Home (Sihui City)",
  village: { zh: "四会市大沙镇", en: "Dasha, Sihui City" },
}

type SessionDef = {
  /** months from the current one (negative: past) */
  month: number
  day: number
  topic_zh: string
  topic_en: string
  skill_code: string
  place: Place
  trainer: string
  /** held for one workshop's women only */
  workshop?: string
  /** the workshops whose women take part (the one workshop, or several for an open session) */
  invited: string[]
  capacity: number
}

const SESSIONS: SessionDef[] = [
  { month: -12, day: 8, topic_zh: "盘金绣技法培训（第一期）", topic_en: "Gold couching, course 1", skill_code: "couching", place: BASE_ROOM, trainer: "梁玉梅（基地带教师傅）", invited: CENTRAL, capacity: 40 },
  { month: -12, day: 22, topic_zh: "平绣基础：针法与绷布", topic_en: "Satin stitch basics: stitches and framing", skill_code: "satin_stitch", place: PAISHA, trainer: "李巧云（市妇联手工培训讲师）", invited: WEST, capacity: 30 },
  { month: -11, day: 12, topic_zh: "钉金绣垫高技法", topic_en: "Padded gold work: raising the motif", skill_code: "padded_gold", place: SIHUI, trainer: "陆彩霞（四会工坊组长）", workshop: "sihui-gold", invited: ["sihui-gold"], capacity: 15 },
  { month: -11, day: 26, topic_zh: "缝制与收边：做出A级品", topic_en: "Sewing and finishing: making grade A", skill_code: "finishing", place: BASE_ROOM, trainer: "何丽华（鼎湖工坊协调员）", invited: ALL, capacity: 50 },
  { month: -10, day: 9, topic_zh: "打籽绣入门", topic_en: "Seed stitch for beginners", skill_code: "seed_stitch", place: BASE_ROOM, trainer: "梁玉梅（基地带教师傅）", invited: ALL, capacity: 50 },
  { month: -10, day: 23, topic_zh: "盘金绣技法培训（第二期）", topic_en: "Gold couching, course 2", skill_code: "couching", place: GAOYAO, trainer: "梁玉梅（基地带教师傅）", workshop: "gaoyao-gold", invited: ["gaoyao-gold"], capacity: 12 },
  { month: -9, day: 14, topic_zh: "套针配色：牡丹花瓣的深浅", topic_en: "Shading: the light and dark of a peony petal", skill_code: "shading", place: BASE_ROOM, trainer: "黄淑贞（广府金绣老师傅）", invited: ALL, capacity: 50 },
  { month: -9, day: 28, topic_zh: "编结与流苏", topic_en: "Cord knotting and tassels", skill_code: "knotting", place: DINGHU, trainer: "区少芳（鼎湖工坊组长）", invited: ["dinghu-handicraft", "sihui-gold", ...WEST], capacity: 35 },
  { month: -8, day: 11, topic_zh: "盘金进阶：凤凰尾羽", topic_en: "Advanced couching: the phoenix's tail feathers", skill_code: "couching", place: DUANZHOU, trainer: "黄淑贞（广府金绣老师傅）", workshop: "duanzhou-gold", invited: ["duanzhou-gold"], capacity: 12 },
  { month: -8, day: 25, topic_zh: "平绣进阶：竹叶与梅花", topic_en: "Satin stitch: bamboo leaves and plum blossom", skill_code: "satin_stitch", place: LIANGCUN, trainer: "李巧云（市妇联手工培训讲师）", invited: [...WEST, "dinghu-handicraft"], capacity: 30 },
  { month: -7, day: 13, topic_zh: "打籽绣进阶：花蕊", topic_en: "Seed stitch: flower centres", skill_code: "seed_stitch", place: BASE_ROOM, trainer: "梁玉梅（基地带教师傅）", invited: ALL, capacity: 50 },
  { month: -7, day: 27, topic_zh: "装裱与包装：一件作品的最后一步", topic_en: "Mounting and packing: a piece's last step", skill_code: "finishing", place: DUANZHOU, trainer: "陈惠珍（端州工坊协调员）", invited: ALL, capacity: 50 },
  { month: -6, day: 10, topic_zh: "钉金绣垫高（第二期）", topic_en: "Padded gold work, course 2", skill_code: "padded_gold", place: JINDU, trainer: "陆彩霞（四会工坊组长）", invited: CENTRAL, capacity: 40 },
  { month: -5, day: 15, topic_zh: "套针配色进阶：锦鲤与荷花", topic_en: "Advanced shading: carp and lotus", skill_code: "shading", place: GAOYAO, trainer: "黄淑贞（广府金绣老师傅）", invited: ALL, capacity: 50 },
  { month: -4, day: 12, topic_zh: "编结：盘长结与挂绳", topic_en: "Knotting: the endless knot and hanging cords", skill_code: "knotting", place: SIHUI, trainer: "陆彩霞（四会工坊组长）", workshop: "sihui-gold", invited: ["sihui-gold"], capacity: 12 },
  { month: -3, day: 9, topic_zh: "盘金绣（新学员班）", topic_en: "Gold couching for new trainees", skill_code: "couching", place: BASE_ROOM, trainer: "梁玉梅（基地带教师傅）", invited: ALL, capacity: 50 },
  { month: -2, day: 14, topic_zh: "平绣：木棉与蝴蝶", topic_en: "Satin stitch: kapok and butterflies", skill_code: "satin_stitch", place: DASHA, trainer: "李巧云（市妇联手工培训讲师）", invited: ALL, capacity: 50 },
  { month: -1, day: 18, topic_zh: "打籽绣：花蕊与果实", topic_en: "Seed stitch: flower centres and fruit", skill_code: "seed_stitch", place: BASE_ROOM, trainer: "梁玉梅（基地带教师傅）", invited: ALL, capacity: 50 },
  { month: 1, day: 10, topic_zh: "金银线混绣：云鹤", topic_en: "Gold and silver thread together: cranes in clouds", skill_code: "couching", place: BASE_ROOM, trainer: "黄淑贞（广府金绣老师傅）", invited: ALL, capacity: 50 },
  { month: 1, day: 24, topic_zh: "年货挂饰：年年有余", topic_en: "New Year ornaments: the lucky carp", skill_code: "knotting", place: SIHUI, trainer: "陆彩霞（四会工坊组长）", invited: ALL, capacity: 50 },
]

export type SessionSeed = {
  /** stable within a month: `<YYYY-MM-DD>:<topic_zh>` */
  key: string
  topic_zh: string
  topic_en: string
  skill_code: string
  /** YYYY-MM-DD */
  date: string
  place_zh: string
  place_en: string
  trainer: string
  /** handle; null for a session open to every workshop's women */
  workshop: string | null
  village_zh: string | null
  village_en: string | null
  capacity: number
  invited: string[]
  /** attendance is taken on the day or after: a session still to come has none */
  upcoming: boolean
  /** phones of the women who attended, by workshop handle (each workshop's coordinator records hers) */
  attendance: Map<string, string[]>
  /** a session to come: phones of the women booked on it, by workshop handle (each coordinator books hers) */
  bookings: Map<string, string[]>
}

/** How likely an invited woman (working today) is booked on a session to come. */
const BOOKED = 0.45

/** How likely an invited woman (active that day) comes to a session. */
const ATTENDS = 0.92

/** She belonged to her workshop and was still working on `date`. */
export function activeOn(artisan: ArtisanSeed, date: string): boolean {
  return artisan.joined_on <= date && (!artisan.last_day || date <= artisan.last_day)
}

/** What each woman must hold for the history: the skills the piece types she works on require. */
export function skillNeeds(artisans: ArtisanSeed[], types: PieceTypeSeed[]): { phone: string; skill_code: string }[] {
  const needs = new Map<string, { phone: string; skill_code: string }>()
  for (const artisan of artisans) {
    for (const type of types) {
      const required = requiredSkillOf(type)
      if (!required || type.workshop !== artisan.workshop || !artisan.skills.includes(type.skill)) continue
      needs.set(`${artisan.phone}:${required}`, { phone: artisan.phone, skill_code: required })
    }
  }
  return [...needs.values()]
}

/**
 * The twenty sessions around `today` and who attended each. Every woman the history has doing work
 * that requires a skill attends the first past session teaching it she could go to, so she holds
 * it from before the history's first month.
 */
export function trainingPlan(today: string, artisans: ArtisanSeed[], types: PieceTypeSeed[]): SessionSeed[] {
  const current = monthOf(today)
  const sessions: SessionSeed[] = SESSIONS.map((s) => {
    const date = dateIn(addMonths(current, s.month), s.day)
    return {
      key: `${date}:${s.topic_zh}`,
      topic_zh: s.topic_zh,
      topic_en: s.topic_en,
      skill_code: s.skill_code,
      date,
      place_zh: s.place.zh,
      place_en: s.place.en,
      trainer: s.trainer,
      workshop: s.workshop ?? null,
      village_zh: s.place.village?.zh ?? null,
      village_en: s.place.village?.en ?? null,
      capacity: s.capacity,
      invited: s.invited,
      upcoming: date > today,
      attendance: new Map(),
      bookings: new Map(),
    }
  })
  // Sessions to come: some of the invited women still working are booked (never more than its places)
  for (const session of sessions) {
    if (!session.upcoming) continue
    const r = new Rng(hashString([TRAINING_SEED, "booked", session.key].join(":")))
    const booked = artisans
      .filter((a) => session.invited.includes(a.workshop) && activeOn(a, today) && activeOn(a, session.date) && r.chance(BOOKED))
      .slice(0, session.capacity)
    for (const a of booked) session.bookings.set(a.workshop, [...(session.bookings.get(a.workshop) ?? []), a.phone])
  }
  const chosen = new Map<SessionSeed, string[]>()
  for (const session of sessions) {
    if (session.upcoming) continue
    const r = new Rng(hashString([TRAINING_SEED, session.key].join(":")))
    const came = artisans.filter((a) => session.invited.includes(a.workshop) && activeOn(a, session.date) && r.chance(ATTENDS))
    chosen.set(session, came.slice(0, session.capacity).map((a) => a.phone))
  }
  // The certification the history needs: her first chance to learn the skill, when she missed it.
  for (const need of skillNeeds(artisans, types)) {
    const artisan = artisans.find((a) => a.phone === need.phone)!
    const teaching = sessions.filter(
      (s) => !s.upcoming && s.skill_code === need.skill_code && s.invited.includes(artisan.workshop) && activeOn(artisan, s.date)
    )
    const first = teaching.sort((a, b) => a.date.localeCompare(b.date)).find((s) => chosen.get(s)!.length < s.capacity || chosen.get(s)!.includes(need.phone))
    if (!first) throw new Error(`No past session teaches ${need.skill_code} to ${artisan.display_name}`)
    if (!chosen.get(first)!.includes(need.phone)) chosen.get(first)!.push(need.phone)
  }
  for (const [session, phones] of chosen) {
    for (const phone of phones) {
      const workshop = artisans.find((a) => a.phone === phone)!.workshop
      session.attendance.set(workshop, [...(session.attendance.get(workshop) ?? []), phone])
    }
  }
  return sessions.sort((a, b) => a.date.localeCompare(b.date) || a.topic_zh.localeCompare(b.topic_zh))
}

/** The phones at a session, all workshops together. */
export const attendeesOf = (session: SessionSeed): string[] => [...session.attendance.values()].flat()

/**
 * The skills each woman holds after the sessions: the session that first granted each (the
 * module keeps the first grant), as `phone` → `skill_code` → date.
 */
export function grantedSkills(sessions: SessionSeed[]): Map<string, Map<string, string>> {
  const held = new Map<string, Map<string, string>>()
  for (const session of [...sessions].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const phone of attendeesOf(session)) {
      const mine = held.get(phone) ?? new Map<string, string>()
      if (!mine.has(session.skill_code)) mine.set(session.skill_code, session.date)
      held.set(phone, mine)
    }
  }
  return held
}
