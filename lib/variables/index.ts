// The one variable model every connector call renders with: import from here.
export {
  callContext,
  callVariables,
  isCallContext,
  type CallContext,
  type CallEvent,
  type CallRuntime,
  type CallSource,
  type CallVariables,
  type TriggerNaming,
} from "./call-variables";
export { eventCallContext, type StoredEventParts } from "./event-context";
export { variablePaths } from "./variable-paths";
