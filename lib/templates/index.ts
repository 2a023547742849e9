// {{variable}} templates: import from here.
export {
  RAW_JSON,
  type RawJsonTexts,
  TemplateRenderer,
  lookupPath,
  stringifyValue,
  renderJson,
  renderText,
  templateVariables,
  withPlaceholdersNulled,
} from "./render-template";
export { TemplateError } from "./template-error";
