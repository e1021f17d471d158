/**
 * The seven workshops of the Zhaoqing Skilful Mothers programme (see shared CONTEXT.md): the
 * Guangfu gold-embroidery entrepreneurship base, three women's handicraft workshops, and the
 * three gold-embroidery workshops opened in 2023 in Duanzhou, Gaoyao and Sihui.
 */
export type WorkshopSeed = {
  handle: string
  name_zh: string
  name_en: string
  city_zh: string
  city_en: string
  district_zh: string
  district_en: string
  story_zh: string
  story_en: string
  founded_year: number
}

export const WORKSHOPS: WorkshopSeed[] = [
  {
    handle: "jinxiu-base",
    name_zh: "巧手妈妈广府金绣创业基地",
    name_en: "Skilful Mothers Guangfu Gold Embroidery Base",
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    district_zh: "端州区",
    district_en: "Duanzhou District",
    story_zh: "基地是肇庆巧手妈妈项目的心脏：老师傅在这里传授广府金绣的钉金绣与盘金技法，妈妈们在接送孩子之间的空档里学习、刺绣、领取计件报酬。",
    story_en: "The heart of the Zhaoqing Skilful Mothers project: master embroiderers teach Guangfu couching and gold-thread techniques, and mothers learn, stitch and are paid by the piece between school runs.",
    founded_year: 2021,
  },
  {
    handle: "dinghu-handicraft",
    name_zh: "鼎湖妇女手工坊",
    name_en: "Dinghu Women's Handicraft Workshop",
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    district_zh: "鼎湖区",
    district_en: "Dinghu District",
    story_zh: "鼎湖山脚下的小工坊，擅长团扇与香囊，一张绣绷、一盏台灯，下午三点前的时光属于针线。",
    story_en: "A small workshop at the foot of Dinghu Mountain, known for round silk fans and scent pouches: one hoop, one lamp, and the hours before the three o'clock school bell.",
    founded_year: 2021,
  },
  {
    handle: "guangning-handicraft",
    name_zh: "广宁妇女手工坊",
    name_en: "Guangning Women's Handicraft Workshop",
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    district_zh: "广宁县",
    district_en: "Guangning County",
    story_zh: "竹乡广宁的妈妈们把竹影绣进布面，做桌旗、靠垫和书签，活儿可以带回家做。",
    story_en: "In bamboo country, Guangning's mothers stitch bamboo shadows into table runners, cushions and bookmarks, work they can take home.",
    founded_year: 2022,
  },
  {
    handle: "huaiji-handicraft",
    name_zh: "怀集妇女手工坊",
    name_en: "Huaiji Women's Handicraft Workshop",
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    district_zh: "怀集县",
    district_en: "Huaiji County",
    story_zh: "怀集的工坊离村子最近，志愿者每周进村送料收件，让留在家里照顾老人孩子的妈妈也能接活。",
    story_en: "The workshop closest to the villages: volunteers bring materials and collect finished pieces every week, so mothers caring for children and elders at home can take work too.",
    founded_year: 2022,
  },
  {
    handle: "duanzhou-gold",
    name_zh: "端州广府金绣工坊",
    name_en: "Duanzhou Guangfu Gold Embroidery Workshop",
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    district_zh: "端州区",
    district_en: "Duanzhou District",
    story_zh: "2023年新开的金绣工坊，专做装裱绣品与胸针，凤凰和牡丹是这里的招牌。",
    story_en: "Opened in 2023, this gold-embroidery workshop makes framed pieces and brooches; its phoenixes and peonies are its signature.",
    founded_year: 2023,
  },
  {
    handle: "gaoyao-gold",
    name_zh: "高要广府金绣工坊",
    name_en: "Gaoyao Guangfu Gold Embroidery Workshop",
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    district_zh: "高要区",
    district_en: "Gaoyao District",
    story_zh: "高要工坊2023年开门，妈妈们从零学起，如今做出的鲤鱼荷花手包已经在省妇女手工大赛上亮相。",
    story_en: "Opened in 2023 with mothers learning from scratch; their carp-and-lotus purses have since been shown at the provincial women's handicraft contest.",
    founded_year: 2023,
  },
  {
    handle: "sihui-gold",
    name_zh: "四会广府金绣工坊",
    name_en: "Sihui Guangfu Gold Embroidery Workshop",
    city_zh: "四会",
    city_en: "Sihui",
    district_zh: "四会市",
    district_en: "Sihui City",
    story_zh: "四会工坊2023年成立，做披肩、衣领和节庆挂饰，订单多的月份，妈妈们的收入能多出三四千元。",
    story_en: "Founded in 2023, Sihui makes shawls, collars and festive ornaments; in busy months the work adds three to four thousand yuan to a mother's income.",
    founded_year: 2023,
  },
]
