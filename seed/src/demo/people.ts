/**
 * The people of the demo: one coordinator per workshop and the craftswomen (繡娘) of the seven
 * workshops. Phones are fake numbers in the reserved-looking 138000000NN / 139000000NN range.
 */

/** Stitches and trades; piece types name the one their work needs (see piece-types.ts). */
export type Skill = "盘金绣" | "钉金绣" | "平绣" | "缝制" | "编结"

export type CoordinatorSeed = {
  email: string
  name: string
  phone: string
  /** handles; the first is the workshop she records the demo history for */
  workshops: string[]
}

export type ArtisanSeed = {
  /** E.164 */
  phone: string
  workshop: string
  display_name: string
  legal_name: string
  /** YYYY-MM-DD */
  joined_on: string
  skills: Skill[]
  status: "active" | "paused" | "left"
  /** yuan a month she aims for */
  monthly_goal: number
  /** her weekly rhythm: how many days she usually works (history generator) */
  days_per_week: number
  /** paused / left: her last day of work (YYYY-MM-DD). A fixed date, so the history recorded on
   * one day is still the history generated on a later day and a rerun replays it. */
  last_day?: string
  /** given only with her consent: public_profile is true exactly when there is a story */
  story?: { zh: string; en: string }
}

export const DEMO_ARTISAN_PHONE = "+8613800000001"

export const coordinatorEmail = (workshop: string) => `coordinator.${workshop}@jinxiu.test`

export const COORDINATORS: CoordinatorSeed[] = [
  { email: coordinatorEmail("jinxiu-base"), name: "林秀芬", phone: "+8613900000001", workshops: ["jinxiu-base", "dinghu-handicraft"] },
  { email: coordinatorEmail("dinghu-handicraft"), name: "何丽华", phone: "+8613900000002", workshops: ["dinghu-handicraft"] },
  { email: coordinatorEmail("guangning-handicraft"), name: "梁美玲", phone: "+8613900000003", workshops: ["guangning-handicraft"] },
  { email: coordinatorEmail("huaiji-handicraft"), name: "黄少娟", phone: "+8613900000004", workshops: ["huaiji-handicraft"] },
  { email: coordinatorEmail("duanzhou-gold"), name: "陈惠珍", phone: "+8613900000005", workshops: ["duanzhou-gold"] },
  { email: coordinatorEmail("gaoyao-gold"), name: "罗淑仪", phone: "+8613900000006", workshops: ["gaoyao-gold"] },
  { email: coordinatorEmail("sihui-gold"), name: "冯嘉敏", phone: "+8613900000007", workshops: ["sihui-gold"] },
]

const phone = (n: number) => `+86138000000${String(n).padStart(2, "0")}`

type Row = Omit<ArtisanSeed, "phone" | "workshop" | "status"> & { status?: ArtisanSeed["status"] }
const workshop = (handle: string, first: number, rows: Row[]): ArtisanSeed[] =>
  rows.map((row, i) => ({ status: "active", ...row, phone: phone(first + i), workshop: handle }))

export const ARTISANS: ArtisanSeed[] = [
  ...workshop("jinxiu-base", 1, [
    {
      display_name: "陈阿兰", legal_name: "陈秀兰", joined_on: "2024-03-11", skills: ["盘金绣", "钉金绣"], monthly_goal: 3500, days_per_week: 5,
      story: {
        zh: "两个孩子都在读小学。每天早上送完孩子就来基地，绣到下午三点半再去接。以前只能在家带孩子，现在每个月多了两三千块，孩子的补习费不用再向人开口了。",
        en: "Both her children are at primary school. She comes to the base after the morning school run and stitches until half past three, when she goes to collect them. She used to stay home; now the extra two to three thousand yuan a month pays for their tutoring without asking anyone for help.",
      },
    },
    {
      display_name: "梅姐", legal_name: "梁玉梅", joined_on: "2024-03-11", skills: ["钉金绣", "盘金绣"], monthly_goal: 4000, days_per_week: 6,
      story: {
        zh: "跟老师傅学了二十年钉金绣，现在在基地带新人。丈夫在外地打工，她一边照顾婆婆一边做活，说针线让她有了自己的一份收入和底气。",
        en: "Twenty years of couched gold work learned from the old masters; now she trains the newcomers at the base. Her husband works in another province; she looks after her mother-in-law and stitches, and says the needle gave her an income of her own, and a voice.",
      },
    },
    { display_name: "何小燕", legal_name: "何燕", joined_on: "2024-05-20", skills: ["平绣", "盘金绣"], monthly_goal: 3000, days_per_week: 5 },
    { display_name: "苏美华", legal_name: "苏美华", joined_on: "2024-09-02", skills: ["缝制", "平绣"], monthly_goal: 2500, days_per_week: 4 },
    { display_name: "阿珍", legal_name: "黄丽珍", joined_on: "2025-02-17", skills: ["盘金绣"], monthly_goal: 3000, days_per_week: 5, status: "paused", last_day: "2026-10-16" },
    { display_name: "冯晓琳", legal_name: "冯晓琳", joined_on: "2025-06-09", skills: ["平绣"], monthly_goal: 2400, days_per_week: 4 },
    {
      display_name: "罗佩仪", legal_name: "罗佩仪", joined_on: "2026-07-13", skills: ["平绣", "缝制"], monthly_goal: 2200, days_per_week: 3,
      story: {
        zh: "今年夏天才来学，小女儿刚上幼儿园。每周来三天，从绣扇面开始。第一次领到计件工资，她给女儿买了一双新鞋。",
        en: "She only started this summer, when her youngest began kindergarten. Three days a week, starting with fan faces. With her first piecework pay she bought her daughter a new pair of shoes.",
      },
    },
    { display_name: "邓凤英", legal_name: "邓凤英", joined_on: "2024-04-08", skills: ["钉金绣", "盘金绣"], monthly_goal: 3200, days_per_week: 5 },
  ]),
  ...workshop("dinghu-handicraft", 9, [
    {
      display_name: "慧姐", legal_name: "欧阳慧敏", joined_on: "2024-04-15", skills: ["平绣", "盘金绣"], monthly_goal: 3200, days_per_week: 5,
      story: {
        zh: "家就在鼎湖山脚下，上午做农活，下午带着小儿子来工坊绣团扇。她绣的牡丹团扇是工坊卖得最好的。",
        en: "She lives at the foot of Dinghu Mountain: farm work in the morning, and in the afternoon she brings her little son to the workshop and embroiders round fans. Her peony fans sell best of all.",
      },
    },
    { display_name: "林小红", legal_name: "林小红", joined_on: "2024-06-03", skills: ["缝制", "编结"], monthly_goal: 2400, days_per_week: 5 },
    { display_name: "阿芳", legal_name: "区美芳", joined_on: "2024-11-11", skills: ["平绣"], monthly_goal: 2600, days_per_week: 4 },
    {
      display_name: "谭秋萍", legal_name: "谭秋萍", joined_on: "2025-03-03", skills: ["盘金绣", "平绣"], monthly_goal: 3000, days_per_week: 5,
      story: {
        zh: "大女儿上初中，小女儿三岁。她把绣绷带回家，趁孩子午睡时绣，一个月能做二十多把扇面。",
        en: "Her elder daughter is in middle school, the younger is three. She takes the hoop home and stitches while the little one naps: some twenty fan faces a month.",
      },
    },
    { display_name: "莫丽娟", legal_name: "莫丽娟", joined_on: "2024-08-19", skills: ["缝制"], monthly_goal: 2200, days_per_week: 4, status: "left", last_day: "2026-08-25" },
    { display_name: "简雪梅", legal_name: "简雪梅", joined_on: "2025-09-01", skills: ["平绣", "缝制"], monthly_goal: 2500, days_per_week: 4 },
  ]),
  ...workshop("guangning-handicraft", 15, [
    {
      display_name: "竹妹", legal_name: "江秀竹", joined_on: "2024-07-01", skills: ["平绣", "缝制"], monthly_goal: 3000, days_per_week: 5,
      story: {
        zh: "在竹乡长大，从小看外婆做针线。现在她绣竹叶桌旗，收入够交两个孩子的学杂费，每月还能给父母寄点钱。",
        en: "She grew up in bamboo country watching her grandmother sew. Now she embroiders bamboo-leaf table runners; the income covers both children's school fees, with a little sent to her parents every month.",
      },
    },
    { display_name: "李凤群", legal_name: "李凤群", joined_on: "2024-07-01", skills: ["平绣"], monthly_goal: 2800, days_per_week: 5 },
    { display_name: "廖春燕", legal_name: "廖春燕", joined_on: "2025-01-06", skills: ["平绣", "缝制"], monthly_goal: 2500, days_per_week: 4 },
    {
      display_name: "伍桂英", legal_name: "伍桂英", joined_on: "2024-10-14", skills: ["缝制", "平绣"], monthly_goal: 2400, days_per_week: 4,
      story: {
        zh: "公公中风后需要人照顾，她没法再出去上班。工坊的活可以带回家，照顾老人的间隙绣几针，一个月也有两千多。",
        en: "When her father-in-law had a stroke and needed care, she could no longer go out to work. The workshop's pieces can be done at home between caring for him, and bring in over two thousand yuan a month.",
      },
    },
    { display_name: "甘小玲", legal_name: "甘小玲", joined_on: "2025-05-12", skills: ["缝制"], monthly_goal: 2200, days_per_week: 4 },
    { display_name: "韦翠红", legal_name: "韦翠红", joined_on: "2025-10-20", skills: ["平绣"], monthly_goal: 2600, days_per_week: 5 },
  ]),
  ...workshop("huaiji-handicraft", 21, [
    {
      display_name: "阿秀", legal_name: "邱月秀", joined_on: "2024-09-09", skills: ["缝制", "平绣"], monthly_goal: 2600, days_per_week: 5,
      story: {
        zh: "住在离县城四十分钟山路的村里。志愿者每周进村送料收件，她在家一边带两个孩子一边做零钱包；孩子放学回来，她就收起针线辅导功课。",
        en: "She lives in a village forty minutes up the mountain road from town. Volunteers bring materials and collect finished pieces every week; she sews coin purses at home around her two children, and when they come back from school she puts the needle away and helps with homework.",
      },
    },
    { display_name: "盘秀英", legal_name: "盘秀英", joined_on: "2024-09-09", skills: ["平绣"], monthly_goal: 2400, days_per_week: 4 },
    { display_name: "蒙晓梅", legal_name: "蒙晓梅", joined_on: "2025-04-21", skills: ["缝制"], monthly_goal: 2200, days_per_week: 5 },
    {
      display_name: "莫小凤", legal_name: "莫小凤", joined_on: "2025-02-24", skills: ["缝制", "平绣"], monthly_goal: 2800, days_per_week: 5,
      story: {
        zh: "以前在东莞的工厂做了八年，孩子一直留在老家。回到怀集后在家做手工，终于能每天陪孩子吃晚饭。",
        en: "She spent eight years in a factory in Dongguan while her children grew up back home. Back in Huaiji she sews at home, and now eats dinner with her children every evening.",
      },
    },
    { display_name: "三妹", legal_name: "梁淑芬", joined_on: "2024-12-02", skills: ["平绣"], monthly_goal: 2500, days_per_week: 4 },
    { display_name: "黎美娟", legal_name: "黎美娟", joined_on: "2025-07-14", skills: ["缝制"], monthly_goal: 2200, days_per_week: 4, status: "paused", last_day: "2026-09-09" },
    {
      display_name: "钟燕玲", legal_name: "钟燕玲", joined_on: "2025-08-04", skills: ["平绣", "缝制"], monthly_goal: 2600, days_per_week: 5,
      story: {
        zh: "丈夫身体不好，家里的开销靠她。书签和蝴蝶绣片是她的拿手活，计件工资让她心里有了底。",
        en: "Her husband is often ill and the household depends on her. Bookmarks and butterfly motifs are her specialty; being paid by the piece gives her something to count on.",
      },
    },
  ]),
  ...workshop("duanzhou-gold", 28, [
    { display_name: "区惠玲", legal_name: "区惠玲", joined_on: "2024-02-26", skills: ["盘金绣", "钉金绣"], monthly_goal: 3600, days_per_week: 5 },
    {
      display_name: "阿莲", legal_name: "冼碧莲", joined_on: "2024-03-04", skills: ["盘金绣", "平绣"], monthly_goal: 3400, days_per_week: 5,
      story: {
        zh: "2024年春天来到工坊，从零学起，现在已经能独立绣凤凰的尾羽。每天接送两个孩子上下学，其余时间都在绣架前。",
        en: "She came to the workshop in spring 2024 and learned from scratch; now she stitches a phoenix's tail feathers on her own. She does both school runs every day and spends the rest of it at the frame.",
      },
    },
    { display_name: "卢佩珊", legal_name: "卢佩珊", joined_on: "2024-06-17", skills: ["钉金绣"], monthly_goal: 3000, days_per_week: 5 },
    {
      display_name: "关美玉", legal_name: "关美玉", joined_on: "2025-03-10", skills: ["钉金绣", "平绣"], monthly_goal: 2600, days_per_week: 4,
      story: {
        zh: "女儿有哮喘，常常要跑医院，固定上班的工作做不下去。计件的活让她可以随时请假，也不用担心丢了收入。",
        en: "Her daughter has asthma and needs frequent hospital visits, which no fixed-hours job allowed. Piecework lets her take time off whenever she must without losing the work.",
      },
    },
    { display_name: "严雪芳", legal_name: "严雪芳", joined_on: "2026-09-07", skills: ["平绣"], monthly_goal: 2200, days_per_week: 4 },
    { display_name: "杜秀清", legal_name: "杜秀清", joined_on: "2025-11-03", skills: ["钉金绣", "盘金绣"], monthly_goal: 2800, days_per_week: 4 },
  ]),
  ...workshop("gaoyao-gold", 34, [
    {
      display_name: "彭丽萍", legal_name: "彭丽萍", joined_on: "2024-03-18", skills: ["盘金绣", "钉金绣"], monthly_goal: 3200, days_per_week: 5,
      story: {
        zh: "高要工坊的第一批学员。她和姐妹们绣的鲤鱼戏莲手拿包在省妇女手工大赛上获了铜奖，那是她第一次站上领奖台。",
        en: "One of the Gaoyao workshop's first trainees. The carp-and-lotus clutch she and her workshop sisters made won bronze at the provincial women's handicraft contest: the first time she had ever stood on a stage to collect a prize.",
      },
    },
    { display_name: "黎少霞", legal_name: "黎少霞", joined_on: "2024-03-18", skills: ["盘金绣"], monthly_goal: 3000, days_per_week: 5 },
    { display_name: "阿娣", legal_name: "张金娣", joined_on: "2024-08-05", skills: ["钉金绣", "缝制"], monthly_goal: 2800, days_per_week: 5 },
    { display_name: "叶翠玲", legal_name: "叶翠玲", joined_on: "2025-04-07", skills: ["缝制"], monthly_goal: 2200, days_per_week: 4 },
    {
      display_name: "吴凤娇", legal_name: "吴凤娇", joined_on: "2025-01-13", skills: ["缝制", "钉金绣"], monthly_goal: 2500, days_per_week: 4,
      story: {
        zh: "三个孩子的妈妈，最小的还在吃奶。她每周来工坊三四天，其余时间在家缝内衬。她说这份收入让她在家里说话更有底气。",
        en: "Mother of three, the youngest still nursing. She comes to the workshop three or four days a week and sews linings at home the rest of the time. The income, she says, gives her more of a say at home.",
      },
    },
    { display_name: "曾玉婷", legal_name: "曾玉婷", joined_on: "2025-10-13", skills: ["盘金绣", "缝制"], monthly_goal: 2600, days_per_week: 5 },
  ]),
  ...workshop("sihui-gold", 40, [
    { display_name: "何嘉欣", legal_name: "何嘉欣", joined_on: "2024-04-22", skills: ["平绣"], monthly_goal: 2800, days_per_week: 5 },
    {
      display_name: "霞姐", legal_name: "陆彩霞", joined_on: "2024-04-22", skills: ["钉金绣", "平绣"], monthly_goal: 3800, days_per_week: 6,
      story: {
        zh: "四会工坊的组长之一，年底订单多时常常带着姐妹们赶工。儿子今年考上大学，学费有一半来自她的绣活。",
        en: "One of the Sihui workshop's team leaders, who leads the push when the year-end orders pile up. Her son started university this year; half of his fees came from her embroidery.",
      },
    },
    { display_name: "龙小兰", legal_name: "龙小兰", joined_on: "2025-02-10", skills: ["缝制", "编结"], monthly_goal: 2400, days_per_week: 4 },
    { display_name: "梁丽清", legal_name: "梁丽清", joined_on: "2024-10-08", skills: ["钉金绣"], monthly_goal: 3000, days_per_week: 5 },
    { display_name: "陈美凤", legal_name: "陈美凤", joined_on: "2025-06-23", skills: ["平绣", "缝制"], monthly_goal: 2600, days_per_week: 4 },
    {
      display_name: "潘秋菊", legal_name: "潘秋菊", joined_on: "2024-12-16", skills: ["缝制", "编结"], monthly_goal: 2200, days_per_week: 3,
      story: {
        zh: "要照顾年迈的母亲和上小学的儿子，只能做半天。她做的年年有余挂饰，春节前最抢手。",
        en: "Caring for her elderly mother and her primary-school son, she can only work half days. Her lucky-carp ornaments are the first to sell out before Spring Festival.",
      },
    },
    { display_name: "赖晓雯", legal_name: "赖晓雯", joined_on: "2026-08-17", skills: ["缝制"], monthly_goal: 2000, days_per_week: 4 },
  ]),
]
