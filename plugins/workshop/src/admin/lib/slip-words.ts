import { useMemo } from "react"
import { adminLanguage, type Lang } from "./i18n"

/** The words of the admin's pay slip screen, in Chinese and English. */
const zhCN = {
  "slip.print": "打印工资条",
  "slip.printNow": "打印",
  "slip.back": "返回",
  "slip.title": "{month}工资条",
  "slip.name": "姓名",
  "slip.workshop": "工坊",
  "slip.month": "月份",
  "slip.statementNo": "结算单号",
  "slip.kind.piecework": "计件",
  "slip.kind.sale_share": "作品卖出分成",
  "slip.kind.bonus": "奖励",
  "slip.kind.deduction": "扣款",
  "slip.kind.reversal": "更正",
  "slip.kind.other": "其他",
  "slip.grade.A": "A级",
  "slip.grade.B": "B级",
  "slip.grade.R": "不合格",
  "slip.pieceDetail": "{grade} · {quantity} 件 × {rate}",
  "slip.saleUnknown": "作品",
  "slip.saleDetail": "{count} 件",
  "slip.saleOrder": "订单 #{order}",
  "slip.noLines": "这个月没有收入明细。",
  "slip.totals": "合计",
  "slip.net": "本月收入",
  "slip.carriedIn": "上月结转的欠款",
  "slip.advanceRecovered": "扣回预支",
  "slip.carriedOut": "结转到下月的欠款",
  "slip.payable": "本月应付",
  "slip.paid": "已付",
  "slip.owed": "还没付",
  "slip.state": "付款状态",
  "slip.state.unpaid": "未付",
  "slip.state.partly_paid": "部分已付",
  "slip.state.paid": "已付清",
  "slip.payouts": "付款记录",
  "slip.noPayouts": "还没有付款。",
  "slip.payoutSent": "已付 {amount} · {method} · {date}",
  "slip.payoutFailed": "退回 {amount} · {method} · {date}",
  "slip.failedNote": "{date} 退回：{reason}。会重新支付。",
  "slip.reference": "凭证号 {reference}",
  "slip.method.wechat": "微信",
  "slip.method.alipay": "支付宝",
  "slip.method.bank": "银行转账",
  "slip.method.cash": "现金",
  "slip.account": "收款账户",
  "slip.received": "本人签收",
  "slip.signDate": "日期",
  "slip.layoutA4": "A4 纸",
  "slip.layoutReceipt": "小票 80 毫米",
}

type Key = keyof typeof zhCN

const en: Record<Key, string> = {
  "slip.print": "Print pay slip",
  "slip.printNow": "Print",
  "slip.back": "Back",
  "slip.title": "Pay slip, {month}",
  "slip.name": "Name",
  "slip.workshop": "Workshop",
  "slip.month": "Month",
  "slip.statementNo": "Statement no.",
  "slip.kind.piecework": "Piecework",
  "slip.kind.sale_share": "Shares of sales",
  "slip.kind.bonus": "Bonuses",
  "slip.kind.deduction": "Deductions",
  "slip.kind.reversal": "Corrections",
  "slip.kind.other": "Other",
  "slip.grade.A": "grade A",
  "slip.grade.B": "grade B",
  "slip.grade.R": "rejected",
  "slip.pieceDetail": "{grade} · {quantity} × {rate}",
  "slip.saleUnknown": "A piece",
  "slip.saleDetail": "{count} pcs",
  "slip.saleOrder": "order #{order}",
  "slip.noLines": "Nothing was earned this month.",
  "slip.totals": "Totals",
  "slip.net": "Earned this month",
  "slip.carriedIn": "Balance owed from last month",
  "slip.advanceRecovered": "Advance taken back",
  "slip.carriedOut": "Balance owed, carried to next month",
  "slip.payable": "To be paid for the month",
  "slip.paid": "Paid",
  "slip.owed": "Still to be paid",
  "slip.state": "Pay state",
  "slip.state.unpaid": "Unpaid",
  "slip.state.partly_paid": "Partly paid",
  "slip.state.paid": "Paid in full",
  "slip.payouts": "Payments",
  "slip.noPayouts": "Nothing has been paid yet.",
  "slip.payoutSent": "Paid {amount} · {method} · {date}",
  "slip.payoutFailed": "Came back {amount} · {method} · {date}",
  "slip.failedNote": "Came back on {date}: {reason}. To be paid again.",
  "slip.reference": "Reference {reference}",
  "slip.method.wechat": "WeChat Pay",
  "slip.method.alipay": "Alipay",
  "slip.method.bank": "bank transfer",
  "slip.method.cash": "cash",
  "slip.account": "Paid to",
  "slip.received": "Received by",
  "slip.signDate": "Date",
  "slip.layoutA4": "A4 page",
  "slip.layoutReceipt": "80 mm receipt",
}

const words: Record<Lang, Record<Key, string>> = { "zh-CN": zhCN, en }

export type SlipT = (key: Key | `${string}.${string}`, vars?: Record<string, string | number>) => string

/** The translate function of the slip screen, in the admin's language. */
export function useSlipT(): { t: SlipT; lang: Lang } {
  return useMemo(() => {
    const lang = adminLanguage()
    const t: SlipT = (key, vars) => {
      const text = words[lang][key as Key] ?? words.en[key as Key] ?? key
      return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text
    }
    return { lang, t }
  }, [])
}
