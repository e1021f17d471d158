import { useMemo } from "react"
import { adminLanguage, type Lang } from "./i18n"

/**
 * The words of the admin's questions screens (the women's questions about their months, and the
 * month close's warning about open ones), in Chinese and English.
 */
const zhCN = {
  "q.title": "绣娘的疑问",
  "q.subtitle": "绣娘对月结单某一行的疑问。回复她，或者更正：冲正那一行，和/或补一笔奖励或扣款（从不修改原记录）。",
  "q.workshop": "工坊",
  "q.allWorkshops": "全部工坊",
  "q.month": "月份",
  "q.allMonths": "全部月份",
  "q.status": "状态",
  "q.all": "全部",
  "q.status.open": "待处理",
  "q.status.resolved": "已处理",
  "q.artisan": "绣娘",
  "q.reason": "原因",
  "q.line": "那一行",
  "q.note": "她说",
  "q.resolution": "处理",
  "q.noLine": "少记了活（不是某一行）",
  "q.reasons.quantity_wrong": "件数不对",
  "q.reasons.grade_wrong": "等级不对",
  "q.reasons.missing_work": "少记了活",
  "q.reasons.other": "别的问题",
  "q.resolve": "处理",
  "q.resolveTitle": "处理 {name} 的疑问",
  "q.resolveHint": "回复只写给她看，不动钱；更正会记一笔冲正和/或调整，月份已结账时记入当前月份。",
  "q.answer": "回复",
  "q.correct": "更正",
  "q.reverse": "冲正这一行（{amount}）",
  "q.adjustment": "再补一笔",
  "q.none": "不补",
  "q.bonus": "奖励",
  "q.deduction": "扣款",
  "q.amount": "金额（元）",
  "q.answerNote": "给她的回复",
  "q.resolved": "已处理",
  "q.answered": "已回复：{note}",
  "q.corrected": "已更正 {amount}：{note}",
  "q.empty": "没有符合条件的疑问",
  "q.errors.note": "请写回复",
  "q.errors.amount": "金额应大于 0，最多两位小数",
  "q.errors.nothing": "更正需要冲正这一行，或补一笔钱",
  "q.close.openTitle": "这个月还有 {count} 个疑问没处理",
  "q.close.openHint": "最好先处理这些疑问。要现在结账，请写明原因（会记在这个月上）。",
  "q.close.reason": "结账原因",
  "q.close.reasonRequired": "有未处理的疑问时，结账需要写原因",
  "q.periods.openQuestions": "疑问",
  "q.periods.closeReason": "带着疑问结账：{reason}",
}

type Key = keyof typeof zhCN

const en: Record<Key, string> = {
  "q.title": "Questions",
  "q.subtitle": "The women's questions about a line of their statements. Answer her, or correct: reverse the line and/or post a bonus or deduction (the original is never edited).",
  "q.workshop": "Workshop",
  "q.allWorkshops": "All workshops",
  "q.month": "Month",
  "q.allMonths": "All months",
  "q.status": "Status",
  "q.all": "All",
  "q.status.open": "Open",
  "q.status.resolved": "Resolved",
  "q.artisan": "Artisan",
  "q.reason": "Reason",
  "q.line": "Line",
  "q.note": "She says",
  "q.resolution": "Resolution",
  "q.noLine": "Work missing (no line)",
  "q.reasons.quantity_wrong": "Wrong quantity",
  "q.reasons.grade_wrong": "Wrong grade",
  "q.reasons.missing_work": "Work missing",
  "q.reasons.other": "Something else",
  "q.resolve": "Resolve",
  "q.resolveTitle": "Resolve {name}'s question",
  "q.resolveHint": "An answer is only words to her; a correction posts a reversal and/or an adjustment, into the current month when hers is closed.",
  "q.answer": "Answer",
  "q.correct": "Correct",
  "q.reverse": "Reverse this line ({amount})",
  "q.adjustment": "Also post",
  "q.none": "Nothing",
  "q.bonus": "Bonus",
  "q.deduction": "Deduction",
  "q.amount": "Amount (yuan)",
  "q.answerNote": "Your answer to her",
  "q.resolved": "Resolved",
  "q.answered": "Answered: {note}",
  "q.corrected": "Corrected {amount}: {note}",
  "q.empty": "No questions match",
  "q.errors.note": "Write an answer",
  "q.errors.amount": "More than 0, at most two decimals",
  "q.errors.nothing": "A correction reverses the line or posts an amount",
  "q.close.openTitle": "{count} questions about this month are still open",
  "q.close.openHint": "Better resolve them first. To close now, give a reason (it is kept on the month).",
  "q.close.reason": "Reason to close",
  "q.close.reasonRequired": "With open questions, closing needs a reason",
  "q.periods.openQuestions": "Questions",
  "q.periods.closeReason": "Closed with open questions: {reason}",
}

const dictionary: Record<Lang, Record<Key, string>> = { "zh-CN": zhCN, en }

export type QT = (key: Key, vars?: Record<string, string | number>) => string

/** The questions screens' translate function, in the admin's language. */
export function useQuestionT(): { qt: QT; lang: Lang } {
  return useMemo(() => {
    const lang = adminLanguage()
    const qt: QT = (key, vars) => {
      const text = dictionary[lang][key] ?? dictionary.en[key] ?? key
      return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text
    }
    return { qt, lang }
  }, [])
}
