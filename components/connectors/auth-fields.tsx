"use client";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { AUTH_TYPES } from "@/lib/connectors/schema";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { authForType, type AuthType, type ConnectorFormValues } from "./form-values";
import { authTypeLabels } from "./labels";
import { SecretInput } from "./secret-input";

interface AuthFieldsProps {
  /** The saved auth, so switching type and back restores it. */
  savedAuth?: ConnectorFormValues["auth"];
  /** Admins editing a saved connector may reveal its stored secret. */
  onReveal?: () => Promise<string>;
}

const hints: Record<AuthType, string> = {
  none: "No Authorization header is added.",
  basic: "Sent as Authorization: Basic base64(username:password).",
  bearer: "Sent as Authorization: Bearer <token>.",
  app_secret: "Sends the workspace app secret (Settings) as X-App-Secret.",
  custom_header: "Sends one header you name, with a secret value.",
};

export function AuthFields({ savedAuth, onReveal }: AuthFieldsProps) {
  const { control, register, setValue, formState } = useFormContext<ConnectorFormValues>();
  const type = useWatch({ control, name: "auth.type" }) ?? "none";
  // The auth union's error object has one key per member's fields; read it by name.
  const errors = (formState.errors.auth ?? {}) as Record<string, { message?: string } | undefined>;

  return (
    <div className="space-y-5">
      <Field label="Authentication" hint={hints[type]}>
        <Select
          value={type}
          onChange={(event) =>
            setValue("auth", authForType(event.target.value as AuthType, savedAuth), { shouldDirty: true })
          }
        >
          {AUTH_TYPES.map((value) => (
            <option key={value} value={value}>
              {authTypeLabels[value]}
            </option>
          ))}
        </Select>
      </Field>

      {type === "basic" && (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label="Username" error={errors.username?.message}>
            <Input autoComplete="off" {...register("auth.username")} />
          </Field>
          <Controller
            control={control}
            name="auth.password"
            render={({ field }) => (
              <Field label="Password" error={errors.password?.message}>
                <SecretInput
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  name={field.name}
                  onReveal={onReveal}
                />
              </Field>
            )}
          />
        </div>
      )}

      {type === "bearer" && (
        <Controller
          control={control}
          name="auth.token"
          render={({ field }) => (
            <Field label="Token" error={errors.token?.message}>
              <SecretInput
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                onReveal={onReveal}
              />
            </Field>
          )}
        />
      )}

      {type === "custom_header" && (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label="Header name" error={errors.name?.message} hint="e.g. X-Api-Key">
            <Input autoComplete="off" className="font-mono" {...register("auth.name")} />
          </Field>
          <Controller
            control={control}
            name="auth.value"
            render={({ field }) => (
              <Field label="Header value" error={errors.value?.message}>
                <SecretInput
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  name={field.name}
                  onReveal={onReveal}
                />
              </Field>
            )}
          />
        </div>
      )}
    </div>
  );
}
