// {{variable}} templates: import from here.
export { TemplateRenderer, renderJson, renderText, templateVariables, withPlaceholdersNulled } from "./render-template";
export { TemplateError } from "./template-error";
