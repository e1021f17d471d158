import { navigationResources } from "../lib/i18n"
import { programmeNavigation } from "../lib/programme-i18n"

// The sidebar labels of the Jinxiu pages (namespace `jinxiu`), in the dashboard's languages;
// the programme's pages (openings, applications, training, awards) have their own word list.
export default {
  en: { jinxiu: { nav: { ...navigationResources.en.jinxiu.nav, ...programmeNavigation.en } } },
  zhCN: { jinxiu: { nav: { ...navigationResources.zhCN.jinxiu.nav, ...programmeNavigation.zhCN } } },
}
