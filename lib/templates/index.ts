// {{variable}} templates: import from here.
export { TemplateRenderer, stringifyValue, renderJson, renderText, templateVariables, withPlaceholdersNulled } from "./render-template";
export { TemplateError } from "./template-error";
