import { navigationResources } from "../lib/i18n"

// The sidebar labels of the Jinxiu pages (namespace `jinxiu`), in the dashboard's languages.
export default navigationResources
