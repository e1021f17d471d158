import type { ImageDesign } from "../images"

/** Text in both languages the shop speaks. Chinese is the base language of the catalog. */
export type Bilingual = { zh: string; en: string }

export type CategorySeed = { handle: string; name: Bilingual; description: Bilingual }

export type VariantSeed = {
  sku: string
  /** The value of the product's single option, e.g. a size or a colour. */
  value: Bilingual
  cny: number
  usd: number
  stock: number
}

export type ProductSeed = {
  handle: string
  category: string
  workshop: string
  title: Bilingual
  subtitle: Bilingual
  description: Bilingual
  material: Bilingual
  option: Bilingual
  variants: VariantSeed[]
  design: ImageDesign
}

export const CATEGORIES: CategorySeed[] = [
  { handle: "hand-fans", name: { zh: "扇子", en: "Hand fans" }, description: { zh: "团扇与折扇，扇面手工金绣。", en: "Round and folding fans with hand-embroidered gold faces." } },
  { handle: "pouches-purses", name: { zh: "荷包与手包", en: "Pouches & purses" }, description: { zh: "香囊、零钱包与手拿包。", en: "Scent pouches, coin purses and clutches." } },
  { handle: "framed-embroidery", name: { zh: "装裱绣品", en: "Framed embroidery" }, description: { zh: "可以挂在墙上的金绣作品。", en: "Gold embroidery to hang on the wall." } },
  { handle: "home-textiles", name: { zh: "家居布艺", en: "Home textiles" }, description: { zh: "靠垫、桌旗，把金绣带进日常。", en: "Cushions and table runners that bring gold embroidery into every day." } },
  { handle: "apparel-accents", name: { zh: "服饰点缀", en: "Apparel accents" }, description: { zh: "衣领、胸针与披肩。", en: "Collars, brooches and shawls." } },
  { handle: "gifts", name: { zh: "礼品", en: "Gifts" }, description: { zh: "书签、挂饰，小而用心。", en: "Bookmarks and ornaments: small, and made with care." } },
]

const sizes = (sku: string, s: [number, number, number], m: [number, number, number]): VariantSeed[] => [
  { sku: `${sku}-S`, value: { zh: "小号", en: "Small" }, cny: s[0], usd: s[1], stock: s[2] },
  { sku: `${sku}-M`, value: { zh: "中号", en: "Medium" }, cny: m[0], usd: m[1], stock: m[2] },
]

export const PRODUCTS: ProductSeed[] = [
  {
    handle: "peony-round-fan",
    category: "hand-fans",
    workshop: "dinghu-handicraft",
    title: { zh: "金绣牡丹团扇", en: "Gold Peony Round Fan" },
    subtitle: { zh: "真丝扇面 · 盘金牡丹", en: "Silk face, couched gold peony" },
    description: {
      zh: "一柄真丝团扇，扇面以广府金绣的盘金技法绣出盛放的牡丹，金线层层钉缝，光线下微微起伏。竹制扇柄，配流苏。每一柄都由鼎湖工坊的妈妈手工完成，约需三天。",
      en: "A silk round fan whose face carries a full-blown peony in Guangfu couched gold work, the gold thread laid and tacked down row by row so it catches the light. Bamboo handle with tassel. Each fan is made by hand by a mother at the Dinghu workshop and takes about three days.",
    },
    material: { zh: "真丝、金线、竹", en: "Silk, gold thread, bamboo" },
    option: { zh: "尺寸", en: "Size" },
    variants: sizes("FAN-PEONY", [268, 39, 12], [328, 48, 6]),
    design: { kind: "round-fan", motif: "peony", ground: "#f4ede1", thread: "gold" },
  },
  {
    handle: "phoenix-folding-fan",
    category: "hand-fans",
    workshop: "jinxiu-base",
    title: { zh: "丹凤朝阳折扇", en: "Phoenix Facing the Sun Folding Fan" },
    subtitle: { zh: "黑缎扇面 · 金银双色", en: "Black satin, gold and silver thread" },
    description: {
      zh: "黑色缎面折扇，金银线绣出展翅的凤凰。凤尾用钉金绣一针针固定，扇骨为老竹。适合收藏，也可日常使用。",
      en: "A black satin folding fan with a phoenix spreading its wings in gold and silver thread; the tail feathers are tacked stitch by stitch in couched gold. Seasoned bamboo ribs. For collecting, or for everyday use.",
    },
    material: { zh: "缎、金银线、竹", en: "Satin, gold and silver thread, bamboo" },
    option: { zh: "扇骨", en: "Ribs" },
    variants: [
      { sku: "FAN-PHOENIX-BAMBOO", value: { zh: "竹骨", en: "Bamboo ribs" }, cny: 398, usd: 58, stock: 8 },
      { sku: "FAN-PHOENIX-SANDAL", value: { zh: "檀香骨", en: "Sandalwood ribs" }, cny: 588, usd: 85, stock: 0 },
    ],
    design: { kind: "fan", motif: "phoenix", ground: "#1d1a1c", thread: "gold-silver" },
  },
  {
    handle: "lotus-scent-pouch",
    category: "pouches-purses",
    workshop: "dinghu-handicraft",
    title: { zh: "荷花香囊", en: "Lotus Scent Pouch" },
    subtitle: { zh: "内装艾草与陈皮", en: "Filled with mugwort and aged tangerine peel" },
    description: {
      zh: "端午节的老传统：小小香囊里装着艾草和新会陈皮，面上金线绣一朵荷花。挂在包上或车里，清香能留好几个月。",
      en: "A Dragon Boat Festival tradition: a little pouch filled with mugwort and Xinhui tangerine peel, a lotus in gold thread on its face. Hang it on a bag or in the car; the scent lasts for months.",
    },
    material: { zh: "棉麻、金线、艾草", en: "Cotton-linen, gold thread, mugwort" },
    option: { zh: "颜色", en: "Colour" },
    variants: [
      { sku: "POUCH-LOTUS-RED", value: { zh: "朱红", en: "Vermilion" }, cny: 68, usd: 12, stock: 40 },
      { sku: "POUCH-LOTUS-JADE", value: { zh: "玉绿", en: "Jade green" }, cny: 68, usd: 12, stock: 25 },
    ],
    design: { kind: "pouch", motif: "lotus", ground: "#b3262e", thread: "gold" },
  },
  {
    handle: "carp-lotus-clutch",
    category: "pouches-purses",
    workshop: "gaoyao-gold",
    title: { zh: "鲤鱼戏莲手拿包", en: "Carp and Lotus Clutch" },
    subtitle: { zh: "省妇女手工大赛展出款", en: "As shown at the provincial handicraft contest" },
    description: {
      zh: "两尾锦鲤绕着莲叶游动，金线勾勒鳞片，银线点出水纹。金属口金，内衬真丝，可放手机与口红。",
      en: "Two carp circle a lotus leaf, their scales outlined in gold and the ripples picked out in silver. Metal clasp frame, silk lining; holds a phone and a lipstick.",
    },
    material: { zh: "缎、金银线、真丝内衬", en: "Satin, gold and silver thread, silk lining" },
    option: { zh: "颜色", en: "Colour" },
    variants: [
      { sku: "CLUTCH-CARP-NAVY", value: { zh: "藏青", en: "Navy" }, cny: 458, usd: 66, stock: 6 },
      { sku: "CLUTCH-CARP-IVORY", value: { zh: "象牙白", en: "Ivory" }, cny: 458, usd: 66, stock: 4 },
    ],
    design: { kind: "purse", motif: "carp", ground: "#1f2e4d", thread: "gold-silver" },
  },
  {
    handle: "butterfly-coin-purse",
    category: "pouches-purses",
    workshop: "huaiji-handicraft",
    title: { zh: "蝶恋花零钱包", en: "Butterfly Coin Purse" },
    subtitle: { zh: "小巧实用 · 送人合宜", en: "Small, useful, a good gift" },
    description: {
      zh: "一只金线蝴蝶停在花枝上。拉链零钱包，可放硬币、钥匙和耳机。怀集工坊的妈妈们在家里完成。",
      en: "A gold-thread butterfly resting on a flowering branch. A zipped coin purse for coins, keys or earphones, made at home by mothers of the Huaiji workshop.",
    },
    material: { zh: "棉布、金线", en: "Cotton, gold thread" },
    option: { zh: "颜色", en: "Colour" },
    variants: [
      { sku: "PURSE-BUTTERFLY-PINK", value: { zh: "桃粉", en: "Peach" }, cny: 88, usd: 14, stock: 30 },
      { sku: "PURSE-BUTTERFLY-BLACK", value: { zh: "墨黑", en: "Ink black" }, cny: 88, usd: 14, stock: 22 },
    ],
    design: { kind: "purse", motif: "butterfly", ground: "#e8b4b0", thread: "gold" },
  },
  {
    handle: "phoenix-peony-frame",
    category: "framed-embroidery",
    workshop: "duanzhou-gold",
    title: { zh: "凤穿牡丹装裱绣", en: "Phoenix and Peony, Framed" },
    subtitle: { zh: "端州工坊招牌作品", en: "The Duanzhou workshop's signature piece" },
    description: {
      zh: "凤凰穿过盛开的牡丹，寓意富贵吉祥。金线盘绣，立体感强，实木画框，附作品证书与绣娘签名卡。",
      en: "A phoenix flying through blooming peonies, a wish for good fortune. Raised couched gold work in a solid-wood frame, with a certificate and a card signed by the embroiderer.",
    },
    material: { zh: "缎、金线、实木框", en: "Satin, gold thread, solid-wood frame" },
    option: { zh: "尺寸", en: "Size" },
    variants: [
      { sku: "FRAME-PHOENIX-40", value: { zh: "40×40 厘米", en: "40 × 40 cm" }, cny: 1280, usd: 185, stock: 3 },
      { sku: "FRAME-PHOENIX-60", value: { zh: "60×60 厘米", en: "60 × 60 cm" }, cny: 2380, usd: 340, stock: 2 },
    ],
    design: { kind: "frame", motif: "phoenix", ground: "#7a1c22", thread: "gold" },
  },
  {
    handle: "crane-cloud-frame",
    category: "framed-embroidery",
    workshop: "jinxiu-base",
    title: { zh: "云鹤延年装裱绣", en: "Cranes in the Clouds, Framed" },
    subtitle: { zh: "银线为主 · 清雅", en: "Mostly silver thread, quiet and light" },
    description: {
      zh: "两只仙鹤穿行于祥云之间，银线为主、金线点睛。适合送给长辈，祝福健康长寿。",
      en: "Two cranes gliding between auspicious clouds, worked mainly in silver with touches of gold. A gift for elders, wishing them health and long life.",
    },
    material: { zh: "真丝、金银线、实木框", en: "Silk, gold and silver thread, solid-wood frame" },
    option: { zh: "尺寸", en: "Size" },
    variants: [
      { sku: "FRAME-CRANE-30", value: { zh: "30×40 厘米", en: "30 × 40 cm" }, cny: 980, usd: 140, stock: 4 },
      { sku: "FRAME-CRANE-50", value: { zh: "50×70 厘米", en: "50 × 70 cm" }, cny: 1880, usd: 270, stock: 1 },
    ],
    design: { kind: "frame", motif: "crane", ground: "#dfe6ea", thread: "silver" },
  },
  {
    handle: "plum-blossom-cushion",
    category: "home-textiles",
    workshop: "guangning-handicraft",
    title: { zh: "梅花靠垫套", en: "Plum Blossom Cushion Cover" },
    subtitle: { zh: "棉麻 · 可拆洗", en: "Cotton-linen, removable and washable" },
    description: {
      zh: "棉麻靠垫套，一枝金线梅花斜斜伸出。隐形拉链，可拆洗（请手洗绣花部分）。",
      en: "A cotton-linen cushion cover with a single branch of plum blossom in gold thread. Hidden zip; washable (hand-wash the embroidered part).",
    },
    material: { zh: "棉麻、金线", en: "Cotton-linen, gold thread" },
    option: { zh: "尺寸", en: "Size" },
    variants: sizes("CUSHION-PLUM", [168, 26, 20], [218, 32, 14]),
    design: { kind: "cushion", motif: "plum-blossom", ground: "#efe6d6", thread: "gold" },
  },
  {
    handle: "bamboo-table-runner",
    category: "home-textiles",
    workshop: "guangning-handicraft",
    title: { zh: "竹影桌旗", en: "Bamboo Shadow Table Runner" },
    subtitle: { zh: "广宁竹乡出品", en: "From Guangning, the bamboo county" },
    description: {
      zh: "素色亚麻桌旗，两端金线绣竹影。节日餐桌或茶席都合适。",
      en: "A plain linen table runner with bamboo shadows embroidered in gold at both ends, for a festive table or a tea setting.",
    },
    material: { zh: "亚麻、金线", en: "Linen, gold thread" },
    option: { zh: "长度", en: "Length" },
    variants: [
      { sku: "RUNNER-BAMBOO-160", value: { zh: "160 厘米", en: "160 cm" }, cny: 238, usd: 36, stock: 12 },
      { sku: "RUNNER-BAMBOO-220", value: { zh: "220 厘米", en: "220 cm" }, cny: 298, usd: 44, stock: 9 },
    ],
    design: { kind: "table-runner", motif: "bamboo", ground: "#e9e4d8", thread: "gold" },
  },
  {
    handle: "cloud-collar",
    category: "apparel-accents",
    workshop: "sihui-gold",
    title: { zh: "云肩衣领", en: "Cloud Collar" },
    subtitle: { zh: "可拆卸 · 配旗袍或衬衫", en: "Detachable, for a qipao or a shirt" },
    description: {
      zh: "改良自传统云肩的可拆卸衣领，金线如意云纹，搭配旗袍、衬衫或连衣裙都好看。",
      en: "A detachable collar adapted from the traditional cloud collar, with ruyi cloud scrolls in gold thread. Wear it over a qipao, a shirt or a dress.",
    },
    material: { zh: "缎、金线", en: "Satin, gold thread" },
    option: { zh: "颜色", en: "Colour" },
    variants: [
      { sku: "COLLAR-CLOUD-BLACK", value: { zh: "黑", en: "Black" }, cny: 368, usd: 54, stock: 7 },
      { sku: "COLLAR-CLOUD-RED", value: { zh: "红", en: "Red" }, cny: 368, usd: 54, stock: 5 },
    ],
    design: { kind: "collar", motif: "cloud", ground: "#231f20", thread: "gold" },
  },
  {
    handle: "kapok-brooch",
    category: "apparel-accents",
    workshop: "duanzhou-gold",
    title: { zh: "木棉花胸针", en: "Kapok Flower Brooch" },
    subtitle: { zh: "广州市花 · 金绣微作", en: "Guangzhou's flower in miniature gold work" },
    description: {
      zh: "岭南的木棉花，用金线和红丝线绣成一枚小胸针，背面为铜质别针。",
      en: "The kapok flower of Lingnan, stitched in gold and red silk as a small brooch with a brass pin on the back.",
    },
    material: { zh: "金线、丝线、铜", en: "Gold thread, silk thread, brass" },
    option: { zh: "款式", en: "Style" },
    variants: [
      { sku: "BROOCH-KAPOK-ROUND", value: { zh: "圆形", en: "Round" }, cny: 158, usd: 24, stock: 18 },
      { sku: "BROOCH-KAPOK-OVAL", value: { zh: "椭圆", en: "Oval" }, cny: 168, usd: 25, stock: 10 },
    ],
    design: { kind: "brooch", motif: "kapok", ground: "#f3ece0", thread: "gold" },
  },
  {
    handle: "butterfly-silk-scarf",
    category: "apparel-accents",
    workshop: "sihui-gold",
    title: { zh: "蝶舞真丝披肩", en: "Dancing Butterflies Silk Shawl" },
    subtitle: { zh: "边角金绣 · 轻薄", en: "Gold-embroidered corners, light as air" },
    description: {
      zh: "真丝披肩，四角各绣一只金蝶，轻薄透气，春秋出门搭一条刚好。",
      en: "A silk shawl with a gold butterfly embroidered in each corner; light and airy, just right for spring and autumn evenings.",
    },
    material: { zh: "真丝、金线", en: "Silk, gold thread" },
    option: { zh: "颜色", en: "Colour" },
    variants: [
      { sku: "SHAWL-BUTTERFLY-IVORY", value: { zh: "象牙白", en: "Ivory" }, cny: 498, usd: 72, stock: 8 },
      { sku: "SHAWL-BUTTERFLY-ROSE", value: { zh: "玫瑰", en: "Rose" }, cny: 498, usd: 72, stock: 6 },
    ],
    design: { kind: "scarf", motif: "butterfly", ground: "#f1e4dc", thread: "gold" },
  },
  {
    handle: "lotus-bookmark",
    category: "gifts",
    workshop: "huaiji-handicraft",
    title: { zh: "莲花书签", en: "Lotus Bookmark" },
    subtitle: { zh: "三枚一套", en: "Set of three" },
    description: {
      zh: "三枚金绣书签一套，莲花、竹叶、祥云各一，配丝线流苏。",
      en: "A set of three gold-embroidered bookmarks, lotus, bamboo leaf and cloud, with silk tassels.",
    },
    material: { zh: "缎、金线、丝线流苏", en: "Satin, gold thread, silk tassels" },
    option: { zh: "包装", en: "Packaging" },
    variants: [
      { sku: "BOOKMARK-LOTUS-SET", value: { zh: "纸盒装", en: "Paper box" }, cny: 58, usd: 10, stock: 60 },
      { sku: "BOOKMARK-LOTUS-GIFT", value: { zh: "锦盒装", en: "Brocade gift box" }, cny: 98, usd: 16, stock: 20 },
    ],
    design: { kind: "bookmark", motif: "lotus", ground: "#7b1f2b", thread: "gold" },
  },
  {
    handle: "carp-lucky-ornament",
    category: "gifts",
    workshop: "sihui-gold",
    title: { zh: "年年有余挂饰", en: "Lucky Carp Ornament" },
    subtitle: { zh: "新年挂饰 · 寓意年年有余", en: "A new-year wish for abundance" },
    description: {
      zh: "春节挂在门边或车里的小挂饰：一尾金鲤，寓意“年年有余”。红绳流苏。",
      en: "A small ornament to hang by the door or in the car at Spring Festival: a golden carp, for 'abundance every year'. Red cord and tassel.",
    },
    material: { zh: "缎、金线、红绳", en: "Satin, gold thread, red cord" },
    option: { zh: "数量", en: "Quantity" },
    variants: [
      { sku: "ORNAMENT-CARP-1", value: { zh: "单个", en: "Single" }, cny: 48, usd: 8, stock: 80 },
      { sku: "ORNAMENT-CARP-2", value: { zh: "一对", en: "Pair" }, cny: 88, usd: 14, stock: 40 },
    ],
    design: { kind: "ornament", motif: "carp", ground: "#c0272d", thread: "gold" },
  },
]
