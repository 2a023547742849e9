"use client";
// Create and edit a trigger with the API's own schema (create: defaults and an optional provider secret; edit:
// the partial update schema, secrets change only through Rotate key). Server field errors land on their fields.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import { createTriggerSchema, TRIGGER_AUTH_TYPES, updateTriggerSchema } from "@/lib/triggers/schema";
import { showServerError } from "../forms/show-server-error";
import { FormSection } from "../ui/form-section";
import { Button, ButtonLink } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { toast } from "../ui/toast";
import { ActionsEditor } from "./actions-editor";
import type { CreateTriggerBody } from "./api-client";
import { authPresets, isSignaturePreset } from "./auth-presets";
import { BodySizeField } from "./body-size-field";
import { emptyTriggerValues, slugify, triggerToFormValues, type TriggerFormValues } from "./form-values";
import { MethodsField } from "./methods-field";
import { RateLimitField } from "./rate-limit-field";
import { SecretShownDialog } from "./secret-shown-dialog";
import { triggerTemplateVariables } from "./trigger-variables";
import type { TriggerDto, TriggerWithSecret } from "./types";
import { useCreateTrigger } from "./use-create-trigger";
import { useUpdateTrigger } from "./use-update-trigger";

const createResolver = zodResolver(createTriggerSchema) as unknown as Resolver<
  TriggerFormValues,
  unknown,
  CreateTriggerBody
>;
const updateResolver = zodResolver(updateTriggerSchema) as unknown as Resolver<
  TriggerFormValues,
  unknown,
  CreateTriggerBody
>;
const serverFields = [
  "name",
  "slug",
  "secret",
  "headerVariable",
  "bodyVariable",
  "maxBodyBytes",
  "rateLimit",
  "allowedMethods",
  "actions",
] as const;

export function TriggerForm({ trigger }: { trigger?: TriggerDto }) {
  const router = useRouter();
  const createTrigger = useCreateTrigger();
  const updateTrigger = useUpdateTrigger();
  const [created, setCreated] = useState<TriggerWithSecret | null>(null);
  const form = useForm<TriggerFormValues, unknown, CreateTriggerBody>({
    resolver: trigger ? updateResolver : createResolver,
    defaultValues: trigger ? triggerToFormValues(trigger) : emptyTriggerValues,
    mode: "onTouched",
  });
  const { register, formState, setValue, getFieldState } = form;
  const { errors } = formState;
  const [authType, bodyVariable, headerVariable] = useWatch({
    control: form.control,
    name: ["authType", "bodyVariable", "headerVariable"],
  });
  const preset = authPresets[authType ?? "shared_key"];

  const nameField = register("name", {
    onChange: (event: { target: { value: string } }) => {
      // The slug follows the name on a new trigger until someone edits the slug itself.
      if (!trigger && !getFieldState("slug").isDirty) setValue("slug", slugify(event.target.value));
    },
  });

  const onSubmit = form.handleSubmit(
    (values) => {
      const onError = (error: Error) => showServerError(error, form.setError, serverFields);
      if (trigger) {
        const { secret: _unused, ...input } = values;
        updateTrigger.mutate(
          { id: trigger.id, input },
          {
            onSuccess: (saved) => {
              toast.success("Trigger saved");
              router.push(`/triggers/${saved.id}`);
            },
            onError,
          },
        );
      } else {
        createTrigger.mutate(values, { onSuccess: setCreated, onError });
      }
    },
    () => toast.error("Some fields need attention"),
  );

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        className="space-y-6"
        aria-label={trigger ? "Edit trigger" : "New trigger"}
      >
        <FormSection title="Trigger" description="The name is for people; the slug is part of the URL callers post to.">
          <Field label="Name" error={errors.name?.message}>
            <Input autoFocus={!trigger} {...nameField} />
          </Field>
          <Field
            label="Slug"
            error={errors.slug?.message}
            hint="Lower-case letters, digits and dashes: /api/webhook/{workspace}/{slug}."
          >
            <Input
              className="font-mono"
              autoCapitalize="off"
              spellCheck={false}
              {...register("slug", { setValueAs: (value: string) => value.trim() })}
            />
          </Field>
          <Checkbox label="Enabled" hint="A disabled trigger answers 404 Webhook not found." {...register("enabled")} />
        </FormSection>

        <FormSection title="Authentication">
          <Field label="Method" hint={preset.help} error={errors.authType?.message}>
            <Select {...register("authType")} disabled={Boolean(trigger)}>
              {TRIGGER_AUTH_TYPES.map((type) => (
                <option key={type} value={type}>
                  {authPresets[type].label}
                </option>
              ))}
            </Select>
          </Field>
          {trigger && (
            <p className="text-xs text-slate-500">
              To change how callers authenticate, create a new trigger; rotate the key from the trigger page.
            </p>
          )}
          {!trigger && isSignaturePreset(authType ?? "shared_key") && (
            <Field
              label={preset.secretLabel ?? "Secret"}
              error={errors.secret?.message}
              hint="Stored encrypted. Leave empty and Switchboard generates one, shown once after saving."
            >
              <Input
                type="password"
                autoComplete="off"
                className="font-mono"
                placeholder={preset.secretPlaceholder}
                {...register("secret", { setValueAs: (value: string | undefined) => (value ? value : undefined) })}
              />
            </Field>
          )}
        </FormSection>

        <FormSection
          title="Request"
          description="How the request is stored: headers and body under these variable names, for the actions' templates."
        >
          <div className="grid gap-5 sm:grid-cols-2">
            <Field
              label="Header variable"
              error={errors.headerVariable?.message}
              hint="All request headers, e.g. {{requestHeaders.user-agent}}."
            >
              <Input className="font-mono" spellCheck={false} {...register("headerVariable")} />
            </Field>
            <Field
              label="Body variable"
              error={errors.bodyVariable?.message}
              hint="The parsed body, e.g. {{requestBody.customer.email}}."
            >
              <Input className="font-mono" spellCheck={false} {...register("bodyVariable")} />
            </Field>
          </div>
          <BodySizeField />
          <MethodsField />
          <RateLimitField />
        </FormSection>

        <FormSection
          title="Actions"
          description="Connectors called for every accepted request, in this order, through the delivery queue (with retries)."
        >
          <ActionsEditor variables={triggerTemplateVariables(bodyVariable, headerVariable)} />
        </FormSection>

        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <ButtonLink href={trigger ? `/triggers/${trigger.id}` : "/triggers"} variant="secondary">
            Cancel
          </ButtonLink>
          <Button type="submit" loading={createTrigger.isPending || updateTrigger.isPending}>
            {trigger ? "Save changes" : "Create trigger"}
          </Button>
        </div>
      </form>
      <SecretShownDialog
        trigger={created}
        title="Trigger created"
        closeLabel="Open trigger"
        onClose={() => created && router.push(`/triggers/${created.id}`)}
      />
    </FormProvider>
  );
}
