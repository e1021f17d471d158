import type { ApplicationState, AwardLevel, MamaPostFeature, OpeningPlace } from "@jinxiu/workshop/domain"

/**
 * The programme around the work (issue 12), as demo data without a database: what makes each
 * workshop a mama-post employer, its openings, the women who applied and how far each got, and the
 * contest awards. Hand-written and fixed, so a fresh install always looks the same.
 */

// ---------------------------------------------------------------------------------------------
// Mama-post features

/** Four of the seven give parental leave: "more than half of those employers" (CONTEXT.md). */
export const MAMA_POST_FEATURES_OF: Record<string, MamaPostFeature[]> = {
  "jinxiu-base": ["school_hours", "flexible_hours", "childcare_friendly", "training_provided", "parental_leave"],
  "dinghu-handicraft": ["school_hours", "flexible_hours", "childcare_friendly", "training_provided"],
  "guangning-handicraft": ["work_at_home", "flexible_hours", "training_provided"],
  "huaiji-handicraft": ["work_at_home", "flexible_hours", "training_provided", "parental_leave"],
  "duanzhou-gold": ["school_hours", "training_provided", "parental_leave"],
  "gaoyao-gold": ["school_hours", "childcare_friendly", "training_provided"],
  "sihui-gold": ["school_hours", "flexible_hours", "work_at_home", "parental_leave"],
}

// ---------------------------------------------------------------------------------------------
// Openings

type Text = { zh: string; en: string }

export type OpeningSeed = {
  /** stable name, for the applications and the logs */
  key: string
  workshop: string
  title: Text
  description: Text
  /** piece type codes of the workshop (piece-types.ts) */
  work: string[]
  place: OpeningPlace
  district: Text
  town: Text | null
  hours: Text
  positions: number
  status: "open" | "closed"
}

const SCHOOL_MORNING: Text = { zh: "上午 9:00–11:30，送孩子上学后", en: "9:00–11:30 am, after the school run" }
const SCHOOL_DAY: Text = { zh: "周一至周五 8:45–15:30，接送孩子之间", en: "Mon–Fri 8:45 am–3:30 pm, between school runs" }
const AFTERNOON: Text = { zh: "下午 2:00–5:00，可带孩子来", en: "2:00–5:00 pm; children welcome" }
const AT_HOME: Text = { zh: "在家做，时间自己定；每周送料收件一次", en: "At home, in your own hours; materials brought and pieces collected weekly" }

const DUANZHOU: Text = { zh: "端州区", en: "Duanzhou District" }
const DINGHU: Text = { zh: "鼎湖区", en: "Dinghu District" }
const GAOYAO: Text = { zh: "高要区", en: "Gaoyao District" }
const SIHUI: Text = { zh: "四会市", en: "Sihui City" }
const GUANGNING: Text = { zh: "广宁县", en: "Guangning County" }
const HUAIJI: Text = { zh: "怀集县", en: "Huaiji County" }

export const OPENINGS: OpeningSeed[] = [
  // The base
  {
    key: "base-fan-faces", workshop: "jinxiu-base",
    title: { zh: "扇面绣娘（妈妈岗）", en: "Fan-face embroiderer (mama post)" },
    description: {
      zh: "在基地绣团扇、折扇扇面，老师傅手把手带。零基础可以学，先试工一周，按件计酬。",
      en: "Embroider fan faces at the base, taught hand over hand by the masters. Beginners welcome: a week's trial first, then paid by the piece.",
    },
    work: ["TASK-FAN-FACE", "FAN-PHOENIX-BAMBOO"], place: "workshop", district: DUANZHOU, town: { zh: "城东街道", en: "Chengdong Subdistrict" },
    hours: SCHOOL_DAY, positions: 4, status: "open",
  },
  {
    key: "base-mounting", workshop: "jinxiu-base",
    title: { zh: "装裱与收边（半天）", en: "Mounting and finishing (half days)" },
    description: { zh: "绣片装裱前的缝制收边，活细但不难，适合上午有空的妈妈。", en: "Sewing and finishing embroidered panels before framing: careful work, not hard, for mothers free in the mornings." },
    work: ["TASK-MOUNTING"], place: "workshop", district: DUANZHOU, town: { zh: "城东街道", en: "Chengdong Subdistrict" },
    hours: SCHOOL_MORNING, positions: 2, status: "open",
  },
  {
    key: "base-gold-border", workshop: "jinxiu-base",
    title: { zh: "盘金边学徒（已招满）", en: "Gold-border apprentice (filled)" },
    description: { zh: "跟梅姐学盘金边，本期名额已满，下一期请留意。", en: "Learn couched gold borders with Mei; this round is full, watch for the next." },
    work: ["TASK-GOLD-BORDER"], place: "workshop", district: DUANZHOU, town: { zh: "城东街道", en: "Chengdong Subdistrict" },
    hours: SCHOOL_DAY, positions: 2, status: "closed",
  },
  // Dinghu
  {
    key: "dinghu-fans", workshop: "dinghu-handicraft",
    title: { zh: "团扇绣娘（下午班）", en: "Round-fan embroiderer (afternoons)" },
    description: { zh: "鼎湖山脚下的工坊，下午来绣团扇扇面，孩子可以一起来，工坊有小桌子给他们写作业。", en: "Afternoons at the workshop below Dinghu Mountain, embroidering fan faces; bring your children, there is a table for their homework." },
    work: ["TASK-FAN-FACE", "FAN-PEONY-S", "FAN-PEONY-M"], place: "workshop", district: DINGHU, town: { zh: "坑口街道", en: "Kengkou Subdistrict" },
    hours: AFTERNOON, positions: 3, status: "open",
  },
  {
    key: "dinghu-pouches", workshop: "dinghu-handicraft",
    title: { zh: "香囊缝制（可带回家）", en: "Scent-pouch sewing (take home)" },
    description: { zh: "缝香囊、编流苏，材料领回家做，做好送回工坊验收。", en: "Sew scent pouches and knot tassels at home with materials from the workshop; bring them back to be checked." },
    work: ["TASK-POUCH-SEW", "TASK-TASSEL", "POUCH-LOTUS-RED"], place: "home", district: DINGHU, town: { zh: "永安镇", en: "Yong'an Town" },
    hours: AT_HOME, positions: 5, status: "open",
  },
  // Guangning
  {
    key: "guangning-panels", workshop: "guangning-handicraft",
    title: { zh: "竹叶绣片（在家做）", en: "Bamboo-leaf panels (at home)" },
    description: { zh: "在家绣竹叶绣片和桌旗，会平绣更好，不会的先参加工坊的平绣培训。", en: "Embroider bamboo-leaf panels and table runners at home. Satin stitch helps; if you don't know it yet, join the workshop's satin-stitch training first." },
    work: ["TASK-BAMBOO-PANEL", "RUNNER-BAMBOO-160", "RUNNER-BAMBOO-220"], place: "home", district: GUANGNING, town: { zh: "南街街道", en: "Nanjie Subdistrict" },
    hours: AT_HOME, positions: 6, status: "open",
  },
  {
    key: "guangning-village", workshop: "guangning-handicraft",
    title: { zh: "排沙镇锁边缝制点", en: "Hemming group in Paisha" },
    description: { zh: "在排沙镇妇女之家集中做锁边和靠垫缝制，离家近，中午前结束。", en: "Hemming and cushion sewing together at the Paisha Women's Home: close to home, done before lunch." },
    work: ["TASK-HEMMING", "CUSHION-PLUM-S"], place: "village", district: GUANGNING, town: { zh: "排沙镇", en: "Paisha Town" },
    hours: SCHOOL_MORNING, positions: 4, status: "open",
  },
  // Huaiji
  {
    key: "huaiji-purses", workshop: "huaiji-handicraft",
    title: { zh: "零钱包缝制（志愿者进村送料）", en: "Coin-purse sewing (volunteers bring materials)" },
    description: { zh: "志愿者每周进村送料收件，在家缝零钱包、装拉链，照顾老人孩子也不耽误。", en: "Volunteers visit the village weekly with materials and collect finished pieces: sew coin purses and fit zips at home, around caring for children and elders." },
    work: ["PURSE-BUTTERFLY-PINK", "PURSE-BUTTERFLY-BLACK", "TASK-ZIP"], place: "home", district: HUAIJI, town: { zh: "梁村镇", en: "Liangcun Town" },
    hours: AT_HOME, positions: 6, status: "open",
  },
  {
    key: "huaiji-butterflies", workshop: "huaiji-handicraft",
    title: { zh: "蝴蝶绣片（冷坑镇）", en: "Butterfly motifs (Lengkeng)" },
    description: { zh: "在冷坑镇村委会活动室一起绣蝴蝶绣片和书签，每周三天。", en: "Butterfly motifs and bookmarks together in the Lengkeng village hall, three days a week." },
    work: ["TASK-BUTTERFLY", "BOOKMARK-LOTUS-SET"], place: "village", district: HUAIJI, town: { zh: "冷坑镇", en: "Lengkeng Town" },
    hours: { zh: "每周一、三、五 上午 9:00–12:00", en: "Mon, Wed, Fri 9:00 am–12:00 noon" }, positions: 4, status: "open",
  },
  {
    key: "huaiji-pouches-2025", workshop: "huaiji-handicraft",
    title: { zh: "荷包缝制（端午前赶工，已结束）", en: "Pouch sewing for Duanwu (ended)" },
    description: { zh: "端午节前的临时加单，已结束。", en: "Extra orders before the Dragon Boat Festival; finished." },
    work: ["TASK-POUCH-SEW"], place: "home", district: HUAIJI, town: { zh: "怀城街道", en: "Huaicheng Subdistrict" },
    hours: AT_HOME, positions: 8, status: "closed",
  },
  // Duanzhou
  {
    key: "duanzhou-petals", workshop: "duanzhou-gold",
    title: { zh: "木棉花瓣绣片（零基础可学）", en: "Kapok petal motifs (beginners welcome)" },
    description: { zh: "从木棉花瓣绣片学起，熟练后做胸针。工坊离城东小学步行十分钟。", en: "Start with kapok petal motifs and move on to brooches. The workshop is ten minutes' walk from Chengdong primary school." },
    work: ["TASK-KAPOK-PETAL", "BROOCH-KAPOK-ROUND", "BROOCH-KAPOK-OVAL"], place: "workshop", district: DUANZHOU, town: { zh: "城东街道", en: "Chengdong Subdistrict" },
    hours: SCHOOL_DAY, positions: 4, status: "open",
  },
  {
    key: "duanzhou-frames", workshop: "duanzhou-gold",
    title: { zh: "凤穿牡丹装裱绣（需盘金技能）", en: "Phoenix and peony frames (couching needed)" },
    description: { zh: "做工坊的招牌装裱绣，需要已取得盘金技能；没有的可以先报名培训。", en: "The workshop's signature framed piece; you need the couching skill (join a training session first if you don't have it)." },
    work: ["FRAME-PHOENIX-40", "FRAME-PHOENIX-60", "TASK-GOLD-BORDER"], place: "workshop", district: DUANZHOU, town: { zh: "城东街道", en: "Chengdong Subdistrict" },
    hours: SCHOOL_DAY, positions: 2, status: "closed",
  },
  // Gaoyao
  {
    key: "gaoyao-lining", workshop: "gaoyao-gold",
    title: { zh: "手包内衬缝制", en: "Clutch lining sewing" },
    description: { zh: "缝鲤鱼戏莲手包的真丝内衬，工坊有儿童角，寒暑假可带孩子。", en: "Sew the silk linings of the carp-and-lotus clutch; the workshop has a children's corner for the school holidays." },
    work: ["TASK-LINING", "TASK-SILVER-RIPPLE"], place: "workshop", district: GAOYAO, town: { zh: "南岸街道", en: "Nan'an Subdistrict" },
    hours: SCHOOL_MORNING, positions: 3, status: "open",
  },
  {
    key: "gaoyao-jindu", workshop: "gaoyao-gold",
    title: { zh: "金渡镇银线水纹绣点", en: "Silver-ripple group in Jindu" },
    description: { zh: "在金渡镇妇女儿童之家集中绣银线水纹，工坊每周派车送料。", en: "Silver-thread ripples together at the Jindu Women and Children's Home; the workshop sends materials weekly." },
    work: ["TASK-SILVER-RIPPLE"], place: "village", district: GAOYAO, town: { zh: "金渡镇", en: "Jindu Town" },
    hours: { zh: "周二、周四 下午 2:00–4:30", en: "Tue and Thu 2:00–4:30 pm" }, positions: 5, status: "open",
  },
  // Sihui
  {
    key: "sihui-ornaments", workshop: "sihui-gold",
    title: { zh: "年货挂饰（春节前加单）", en: "New Year ornaments (Spring Festival orders)" },
    description: { zh: "春节前挂饰订单多，编挂绳、缝鲤鱼挂饰，可在家做。", en: "Ornament orders pile up before Spring Festival: knot cords and sew carp ornaments, at home if you like." },
    work: ["ORNAMENT-CARP-1", "ORNAMENT-CARP-2", "TASK-CORD"], place: "home", district: SIHUI, town: { zh: "大沙镇", en: "Dasha Town" },
    hours: AT_HOME, positions: 6, status: "open",
  },
  {
    key: "sihui-shawls", workshop: "sihui-gold",
    title: { zh: "披肩角绣（上午班）", en: "Shawl corner motifs (mornings)" },
    description: { zh: "上午在工坊绣披肩角花，会平绣优先。", en: "Mornings at the workshop embroidering shawl corners; satin stitch preferred." },
    work: ["TASK-SHAWL-CORNER", "SHAWL-BUTTERFLY-IVORY"], place: "workshop", district: SIHUI, town: { zh: "东城街道", en: "Dongcheng Subdistrict" },
    hours: SCHOOL_MORNING, positions: 3, status: "open",
  },
  {
    key: "sihui-collars", workshop: "sihui-gold",
    title: { zh: "衣领钉金边（已招满）", en: "Collar gold edging (filled)" },
    description: { zh: "本期已招满。", en: "This round is full." },
    work: ["TASK-COLLAR-EDGE"], place: "workshop", district: SIHUI, town: { zh: "东城街道", en: "Dongcheng Subdistrict" },
    hours: SCHOOL_DAY, positions: 2, status: "closed",
  },
]

// ---------------------------------------------------------------------------------------------
// Applications

/** A move made by hand, or the hire (through the hire workflow), with the note left on it. */
export type ApplicationStep = { to: Exclude<ApplicationState, "new">; note: string }

export type ApplicantSeed = {
  /** E.164, `+86137000000NN`: a range no other demo login or phone uses */
  phone: string
  name: string
  opening: string
  town: string
  availability: string
  childcare_needs: string | null
  locale: "zh-CN" | "en"
  /** the moves after applying, in order; the last one is where she stands */
  steps: ApplicationStep[]
}

export const applicantPhone = (n: number) => `+86137000000${String(n).padStart(2, "0")}`
/** The client address each application is counted under (TEST-NET-2, never a real client). */
export const applicantAddress = (n: number) => `198.51.100.${n}`

type Row = Omit<ApplicantSeed, "phone">
const CALLED = (note: string): ApplicationStep => ({ to: "contacted", note })
const TRIAL = (note: string): ApplicationStep => ({ to: "trial", note })
const HIRED = (note: string): ApplicationStep => ({ to: "hired", note })
const NOT_NOW = (note: string): ApplicationStep => ({ to: "not_now", note })

const ROWS: Row[] = [
  // new
  { name: "梁嘉欣", opening: "base-fan-faces", town: "端州区城东街道", availability: "工作日上午，孩子上学后", childcare_needs: "小儿子上幼儿园，下午四点要接", locale: "zh-CN", steps: [] },
  { name: "周丽萍", opening: "dinghu-pouches", town: "鼎湖区永安镇", availability: "晚上和周末", childcare_needs: null, locale: "zh-CN", steps: [] },
  { name: "陆小红", opening: "guangning-panels", town: "广宁县南街街道", availability: "每天三四个小时，在家", childcare_needs: "两个孩子上小学", locale: "zh-CN", steps: [] },
  { name: "范美琪", opening: "huaiji-butterflies", town: "怀集县冷坑镇", availability: "周一、三、五上午", childcare_needs: null, locale: "zh-CN", steps: [] },
  { name: "Lily Tam 谭丽莉", opening: "sihui-shawls", town: "四会市东城街道", availability: "Weekday mornings", childcare_needs: "One child at kindergarten", locale: "en", steps: [] },
  { name: "邓晓彤", opening: "gaoyao-jindu", town: "高要区金渡镇", availability: "周二、周四下午", childcare_needs: "婆婆可以帮忙带孩子", locale: "zh-CN", steps: [] },
  { name: "容少玲", opening: "sihui-ornaments", town: "四会市大沙镇", availability: "在家做，时间灵活", childcare_needs: "孩子三岁，在家带", locale: "zh-CN", steps: [] },
  // contacted
  { name: "黄雅琪", opening: "base-mounting", town: "端州区黄岗街道", availability: "上午 9 点到 11 点半", childcare_needs: "女儿读二年级", locale: "zh-CN", steps: [CALLED("电话联系过，周三上午来基地看看")] },
  { name: "吴秀云", opening: "huaiji-purses", town: "怀集县梁村镇", availability: "在家，白天都可以", childcare_needs: "要照顾婆婆", locale: "zh-CN", steps: [CALLED("志愿者下周进村时送一套材料给她试试")] },
  { name: "林晓敏", opening: "duanzhou-petals", town: "端州区睦岗街道", availability: "工作日 9 点到 3 点", childcare_needs: "两个孩子都在城东小学", locale: "zh-CN", steps: [CALLED("已回电，她想先参加平绣培训")] },
  { name: "钟美玲", opening: "guangning-village", town: "广宁县排沙镇", availability: "上午", childcare_needs: null, locale: "zh-CN", steps: [NOT_NOW("孩子生病住院，说过两个月再联系"), CALLED("孩子出院了，她主动打电话来，重新约时间")] },
  { name: "冯小燕", opening: "dinghu-fans", town: "鼎湖区坑口街道", availability: "下午 2 点到 5 点", childcare_needs: "儿子五岁，想带来工坊", locale: "zh-CN", steps: [CALLED("约了周五下午来工坊，告诉她可以带孩子")] },
  { name: "曾淑华", opening: "gaoyao-lining", town: "高要区南岸街道", availability: "上午", childcare_needs: null, locale: "zh-CN", steps: [CALLED("会用缝纫机，约下周一试工")] },
  // trial
  { name: "何秀清", opening: "base-fan-faces", town: "端州区城西街道", availability: "工作日白天", childcare_needs: "孩子读初中，中午不回家", locale: "zh-CN", steps: [CALLED("有平绣底子，约来基地"), TRIAL("试工一周，先绣扇面，梅姐带")] },
  { name: "李惠芳", opening: "huaiji-butterflies", town: "怀集县冷坑镇", availability: "一三五上午", childcare_needs: "小女儿两岁，奶奶带", locale: "zh-CN", steps: [CALLED("到村委会活动室见过面"), TRIAL("试绣三片蝴蝶绣片，针脚整齐")] },
  { name: "谢婉婷", opening: "sihui-ornaments", town: "四会市大沙镇", availability: "在家，晚上也行", childcare_needs: "两个孩子，老大上小学", locale: "zh-CN", steps: [TRIAL("直接领了十个挂绳回家试做")] },
  { name: "陈嘉怡", opening: "dinghu-pouches", town: "鼎湖区永安镇", availability: "在家，白天", childcare_needs: "双胞胎一岁半", locale: "zh-CN", steps: [CALLED("电话里说得很清楚，想在家做"), TRIAL("领了二十个香囊的料回家试做")] },
  { name: "黎秋霞", opening: "gaoyao-jindu", town: "高要区金渡镇", availability: "周二、周四下午", childcare_needs: null, locale: "zh-CN", steps: [CALLED("在金渡镇妇女儿童之家见面"), TRIAL("试绣银线水纹，第一片返工一次")] },
  // hired
  { name: "罗晓君", opening: "base-fan-faces", town: "端州区城东街道", availability: "工作日 8:45 到 15:30", childcare_needs: "两个孩子都在城东小学", locale: "zh-CN", steps: [CALLED("约来基地面谈"), TRIAL("试工一周，扇面九成 A 级"), HIRED("试工合格，录用，先做扇面")] },
  { name: "张翠萍", opening: "dinghu-fans", town: "鼎湖区桂城街道", availability: "下午", childcare_needs: "女儿三年级，放学来工坊写作业", locale: "zh-CN", steps: [CALLED("工坊见面，看了她以前绣的鞋垫"), TRIAL("试绣两把扇面"), HIRED("录用，下午班")] },
  { name: "莫爱玲", opening: "guangning-panels", town: "广宁县排沙镇", availability: "在家，每天四五个小时", childcare_needs: "公公需要照顾", locale: "zh-CN", steps: [CALLED("电话联系，她以前绣过十字绣"), TRIAL("领了五片竹叶绣片试做"), HIRED("绣片合格，录用，在家做")] },
  { name: "韦小梅", opening: "huaiji-purses", town: "怀集县梁村镇", availability: "在家，白天", childcare_needs: "两个孩子，一个上学一个在家", locale: "zh-CN", steps: [CALLED("志愿者进村时见面"), HIRED("以前在鞋厂做过车工，直接录用")] },
  { name: "苏婉清", opening: "duanzhou-petals", town: "端州区城东街道", availability: "工作日 9 点到 3 点", childcare_needs: "儿子读一年级", locale: "zh-CN", steps: [CALLED("约来工坊"), TRIAL("试绣花瓣两周"), HIRED("录用，下月参加盘金培训")] },
  { name: "叶凤仪", opening: "sihui-shawls", town: "四会市东城街道", availability: "上午", childcare_needs: "女儿读幼儿园大班", locale: "zh-CN", steps: [CALLED("霞姐介绍来的"), TRIAL("试绣披肩角花"), HIRED("录用，上午班")] },
  { name: "植丽芬", opening: "sihui-collars", town: "四会市贞山街道", availability: "工作日 8:45 到 15:30", childcare_needs: "儿子读四年级", locale: "zh-CN", steps: [CALLED("以前在服装厂钉过珠片"), TRIAL("试做衣领钉金边一周"), HIRED("试工合格，录用；本期名额已满")] },
  // not now
  { name: "区慧珊", opening: "base-mounting", town: "端州区城西街道", availability: "只能周末", childcare_needs: null, locale: "zh-CN", steps: [NOT_NOW("只能周末来，基地周末不开门，先留着资料")] },
  { name: "唐美华", opening: "gaoyao-lining", town: "高要区白土镇", availability: "上午", childcare_needs: "孩子还在吃奶", locale: "zh-CN", steps: [CALLED("电话联系过"), NOT_NOW("白土镇离工坊太远，来回不方便；有在家做的活再联系她")] },
  { name: "覃丽娟", opening: "guangning-village", town: "广宁县潭布镇", availability: "下午", childcare_needs: null, locale: "zh-CN", steps: [CALLED("约了面谈"), TRIAL("试做锁边"), NOT_NOW("家里农忙，秋收后再说")] },
  { name: "郭少珍", opening: "base-gold-border", town: "端州区黄岗街道", availability: "工作日下午", childcare_needs: null, locale: "zh-CN", steps: [NOT_NOW("已经找到全职工作，谢谢；以后有空再来学盘金")] },
  { name: "麦洁仪", opening: "sihui-ornaments", town: "四会市大沙镇", availability: "春节前一个月", childcare_needs: "孩子放寒假在家", locale: "zh-CN", steps: [CALLED("说好寒假前再联系"), NOT_NOW("寒假前再打给她")] },
]

export const APPLICANTS: ApplicantSeed[] = ROWS.map((row, i) => ({ ...row, phone: applicantPhone(i + 1) }))

/** Where she stands after her steps. */
export const applicationState = (a: ApplicantSeed): ApplicationState => a.steps.at(-1)?.to ?? "new"

// ---------------------------------------------------------------------------------------------
// Awards (CONTEXT.md): 2021, two golds and a silver; 2023, 42 entered, 8 in the final 50 of 600+,
// two of them bronze (heritage and public-welfare categories).

export type AwardFactSeed = {
  year: 2021 | 2023
  level: AwardLevel
  category: Text | null
  /** the piece (product handle) */
  product: string
  /** the workshop that made it, when the award names it */
  workshop: string | null
  /** makers named on the award: only women who consented to a public profile (people.ts `story`) */
  makers: string[]
}

export const CONTESTS: Record<2021 | 2023, Text> = {
  2021: { zh: "首届广东省妇女手工大赛", en: "1st Guangdong Women's Handicraft Contest" },
  2023: { zh: "第二届广东省妇女手工大赛", en: "2nd Guangdong Women's Handicraft Contest" },
}

/** The 2023 contest in numbers, as the programme reported them. */
export const CONTEST_2023 = { entered_from_zhaoqing: 42, finalists: 8, final_size: 50, entries: "600+", bronzes: 2 } as const

const HERITAGE: Text = { zh: "非遗类", en: "Intangible heritage" }
const PUBLIC_WELFARE: Text = { zh: "公益类", en: "Public welfare" }

export const AWARD_FACTS: AwardFactSeed[] = [
  // 2021: the base and Dinghu (the only workshops of the programme then)
  { year: 2021, level: "gold", category: null, product: "crane-cloud-frame", workshop: "jinxiu-base", makers: [] },
  { year: 2021, level: "gold", category: null, product: "peony-round-fan", workshop: "dinghu-handicraft", makers: [] },
  { year: 2021, level: "silver", category: null, product: "lotus-scent-pouch", workshop: "dinghu-handicraft", makers: [] },
  // 2023: the eight of Zhaoqing's 42 in the final 50; two bronzes
  { year: 2023, level: "bronze", category: HERITAGE, product: "carp-lotus-clutch", workshop: "gaoyao-gold", makers: ["+8613800000034"] },
  { year: 2023, level: "bronze", category: PUBLIC_WELFARE, product: "butterfly-coin-purse", workshop: "huaiji-handicraft", makers: ["+8613800000021"] },
  { year: 2023, level: "finalist", category: null, product: "phoenix-folding-fan", workshop: null, makers: ["+8613800000001"] },
  { year: 2023, level: "finalist", category: null, product: "phoenix-peony-frame", workshop: null, makers: [] },
  { year: 2023, level: "finalist", category: null, product: "bamboo-table-runner", workshop: null, makers: [] },
  { year: 2023, level: "finalist", category: null, product: "cloud-collar", workshop: null, makers: [] },
  { year: 2023, level: "finalist", category: null, product: "kapok-brooch", workshop: null, makers: [] },
  { year: 2023, level: "finalist", category: null, product: "plum-blossom-cushion", workshop: null, makers: [] },
]

export type AwardRowSeed = {
  contest_zh: string
  contest_en: string
  year: number
  level: AwardLevel
  category_zh: string | null
  category_en: string | null
  subject_type: "product" | "artisan" | "workshop"
  /** product handle, workshop handle or artisan phone (ids looked up when loading) */
  subject: string
}

/** One award row per subject: the piece, the workshop when named, each consenting maker. */
export function awardRows(facts: AwardFactSeed[] = AWARD_FACTS): AwardRowSeed[] {
  return facts.flatMap((fact) => {
    const base = {
      contest_zh: CONTESTS[fact.year].zh,
      contest_en: CONTESTS[fact.year].en,
      year: fact.year,
      level: fact.level,
      category_zh: fact.category?.zh ?? null,
      category_en: fact.category?.en ?? null,
    }
    return [
      { ...base, subject_type: "product" as const, subject: fact.product },
      ...(fact.workshop ? [{ ...base, subject_type: "workshop" as const, subject: fact.workshop }] : []),
      ...fact.makers.map((phone) => ({ ...base, subject_type: "artisan" as const, subject: phone })),
    ]
  })
}

/**
 * The steps still to take for an application found at `current` (a run stopped half-way goes on
 * from there): all of them from `new`, none once she stands where her steps end, and none (null)
 * when she stands somewhere her steps never lead, e.g. moved by hand since.
 */
export function remainingSteps(steps: ApplicationStep[], current: ApplicationState): ApplicationStep[] | null {
  if (current === "new") return steps
  for (let i = steps.length - 1; i >= 0; i--) {
    if (steps[i].to === current) return steps.slice(i + 1)
  }
  return null
}
