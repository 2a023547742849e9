"use client";
// Create and edit a connector with the API's own schema (create: secrets required; edit: the partial update
// schema, where a masked secret means "keep"). Server field errors land on their fields.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import {
  createConnectorSchema,
  HTTP_METHODS,
  updateConnectorSchema,
  type UpdateConnectorInput,
} from "@/lib/connectors/schema";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Button, ButtonLink } from "../ui/button";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { Textarea } from "../ui/textarea";
import { toast } from "../ui/toast";
import { showTemplateWarnings } from "./template-warnings";
import { AuthFields } from "./auth-fields";
import { BodyFields } from "./body-fields";
import { FormSection } from "../ui/form-section";
import { FormTestPanel } from "./form-test-panel";
import { adoptDraftSampleVariables } from "./sample-variables-memory";
import {
  connectorToFormValues,
  emptyConnectorValues,
  toConnectorPayload,
  type ConnectorFormValues,
} from "./form-values";
import { KeyValueRows } from "./key-value-rows";
import { OptionsFields } from "./options-fields";
import type { ConnectorDto } from "./types";
import { useCreateConnector } from "./use-create-connector";
import { useRevealSecret } from "./use-reveal-secret";
import { useUpdateConnector } from "./use-update-connector";

// Both schemas read the same input shape; the create schema's output (defaults applied) is a complete update.
const createResolver = zodResolver(createConnectorSchema) as unknown as Resolver<
  ConnectorFormValues,
  unknown,
  UpdateConnectorInput
>;
const updateResolver = zodResolver(updateConnectorSchema) as Resolver<
  ConnectorFormValues,
  unknown,
  UpdateConnectorInput
>;

export function ConnectorForm({ connector }: { connector?: ConnectorDto }) {
  const router = useRouter();
  const isAdmin = useCanWrite();
  const createConnector = useCreateConnector();
  const updateConnector = useUpdateConnector();
  const revealSecret = useRevealSecret();
  const defaultValues = connector ? connectorToFormValues(connector) : emptyConnectorValues;

  const form = useForm<ConnectorFormValues, unknown, UpdateConnectorInput>({
    resolver: connector ? updateResolver : createResolver,
    defaultValues,
    mode: "onTouched",
  });
  const { register, formState } = form;
  const { errors } = formState;

  const reveal =
    connector && isAdmin
      ? {
          auth: async () => (await revealSecret.mutateAsync({ id: connector.id, target: { field: "auth" } })).value,
          header: async (name: string) =>
            (await revealSecret.mutateAsync({ id: connector.id, target: { field: "header", name } })).value,
          queryParam: async (name: string) =>
            (await revealSecret.mutateAsync({ id: connector.id, target: { field: "queryParam", name } })).value,
        }
      : undefined;

  const onSubmit = form.handleSubmit(
    (values) => {
      const input = toConnectorPayload(values);
      const onError = (error: Error) => showServerError(error, form.setError);
      if (connector) {
        updateConnector.mutate(
          { id: connector.id, input },
          {
            onSuccess: (saved) => {
              toast.success("Connector saved");
              showTemplateWarnings(saved.warnings);
              window.scrollTo({ top: 0 }); // as after creating, below
              router.push(`/connectors/${saved.id}`);
            },
            onError,
          },
        );
      } else {
        createConnector.mutate(input, {
          onSuccess: (saved) => {
            toast.success("Connector created");
            adoptDraftSampleVariables(saved.id);
            // The form is long and Save sits at its bottom: Next keeps that scroll position when the new page's
            // top is still in view, which left the connector page opening ~50 px down with the breadcrumb under
            // the sticky header.
            window.scrollTo({ top: 0 });
            router.push(`/connectors/${saved.id}`);
          },
          onError,
        });
      }
    },
    () => toast.error("Some fields need attention"),
  );

  const saving = createConnector.isPending || updateConnector.isPending;

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        className="space-y-6"
        aria-label={connector ? "Edit connector" : "New connector"}
      >
        <FormSection title="Request" description="Where the call goes and how.">
          <Field label="Name" error={errors.name?.message}>
            <Input autoFocus={!connector} {...register("name")} />
          </Field>
          <Field label="Description (optional)" error={errors.description?.message}>
            <Textarea rows={2} className="font-sans" {...register("description")} />
          </Field>
          <div className="grid gap-5 sm:grid-cols-[9rem_1fr]">
            <Field label="Method" error={errors.method?.message}>
              <Select {...register("method")}>
                {HTTP_METHODS.map((method) => (
                  <option key={method}>{method}</option>
                ))}
              </Select>
            </Field>
            <Field label="URL" error={errors.url?.message} hint="http:// or https://; {{variables}} allowed anywhere.">
              <Input
                type="url"
                inputMode="url"
                placeholder="https://api.example.com/hooks/{{id}}"
                className="font-mono"
                {...register("url")}
              />
            </Field>
          </div>
        </FormSection>

        <FormSection title="Authentication">
          <AuthFields savedAuth={connector ? defaultValues.auth : undefined} onReveal={reveal?.auth} />
        </FormSection>

        <FormSection
          title="Headers"
          description="Sent with every call. Mark values secret to store them encrypted; Host, Content-Length and similar are set by the client."
        >
          <KeyValueRows name="headers" noun="Header" namePlaceholder="X-Header-Name" onReveal={reveal?.header} />
        </FormSection>

        <FormSection title="Query parameters" description="Appended to the URL, encoded.">
          <KeyValueRows name="queryParams" noun="Parameter" namePlaceholder="name" onReveal={reveal?.queryParam} />
        </FormSection>

        <FormSection title="Body">
          <BodyFields />
        </FormSection>

        <FormSection title="Options">
          <OptionsFields />
        </FormSection>

        <FormSection title="Test connection" description="Check the request works before anything depends on it.">
          <FormTestPanel connectorId={connector?.id} />
        </FormSection>

        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <ButtonLink href={connector ? `/connectors/${connector.id}` : "/connectors"} variant="secondary">
            Cancel
          </ButtonLink>
          <Button type="submit" loading={saving}>
            {connector ? "Save changes" : "Create connector"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
