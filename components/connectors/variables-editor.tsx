"use client";
import { Field } from "../ui/field";
import { Textarea } from "../ui/textarea";

export type ParsedVariables = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Variables are a JSON object; anything else gets a message the user can act on. */
export function parseVariables(text: string): ParsedVariables {
  if (!text.trim()) return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { ok: false, message: 'The sample payload is a JSON object, e.g. {"name": "Ada"}' };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
}

interface VariablesEditorProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  label?: string;
  rows?: number;
}

export function VariablesEditor({
  value,
  onChange,
  error,
  label = "Sample payload (JSON)",
  rows = 5,
}: VariablesEditorProps) {
  const live = parseVariables(value);
  return (
    <Field
      label={label}
      error={error ?? (live.ok ? undefined : live.message)}
      hint="The body this call stands for: {{payload.name}} reads name from it (its top-level names also work as {{name}}, the earlier form)."
    >
      <Textarea rows={rows} spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />
    </Field>
  );
}
