"use client";
import { RelativeTime } from "../ui/relative-time";
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { KeyIcon } from "../ui/icons";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { TableMessage } from "../ui/table-states";
import { toast } from "../ui/toast";
import type { ApiTokenRow } from "./api-client";
import { CreateTokenDialog } from "./create-token-dialog";
import { TokenCreatedDialog } from "./token-created-dialog";
import { useApiTokens } from "./use-api-tokens";
import { useRevokeApiToken } from "./use-revoke-api-token";

export function ApiTokensPanel() {
  const canWrite = useCanWrite();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenRow | null>(null);

  function confirmRevoke() {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        toast.success(`Revoked “${revoking.name}”`);
        setRevoking(null);
      },
      onError: (error) => showServerError(error),
    });
  }

  return (
    <Card>
      <CardHeader
        title="API tokens"
        description="Authenticate scripts and other systems with Authorization: Bearer <token>."
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)}>
              <KeyIcon className="size-4" />
              Create token
            </Button>
          )
        }
      />
      {tokens.isPending ? (
        <TableMessage>Loading tokens…</TableMessage>
      ) : tokens.isError ? (
        <TableMessage tone="error">Could not load tokens: {tokens.error.message}</TableMessage>
      ) : tokens.data.length === 0 ? (
        <TableMessage>
          No API tokens yet. {canWrite ? "Create one for each script or system that calls Switchboard." : ""}
        </TableMessage>
      ) : (
        <Table label="API tokens">
          <THead>
            <Th>Name</Th>
            <Th>Role</Th>
            <Th>Token</Th>
            <Th>Created</Th>
            <Th>Last used</Th>
            <Th>Status</Th>
            {canWrite && (
              <Th className="text-right">
                <span className="sr-only">Actions</span>
              </Th>
            )}
          </THead>
          <TBody>
            {tokens.data.map((token) => (
              <tr key={token.id} data-testid="api-token-row">
                <Td className="font-medium text-slate-900">{token.name}</Td>
                <Td>
                  <Badge tone={token.role === "admin" ? "indigo" : "neutral"}>{token.role}</Badge>
                </Td>
                <Td className="font-mono text-xs">{token.prefix}…</Td>
                <Td>
                  <RelativeTime value={token.createdAt} />
                  {token.createdBy && <span className="block text-xs text-slate-500">by {token.createdBy.email}</span>}
                </Td>
                <Td>
                  <RelativeTime value={token.lastUsedAt} />
                </Td>
                <Td>{token.revokedAt ? <Badge tone="red">Revoked</Badge> : <Badge tone="green">Active</Badge>}</Td>
                {canWrite && (
                  <Td className="text-right">
                    {!token.revokedAt && (
                      <Button variant="danger-ghost" size="sm" onClick={() => setRevoking(token)}>
                        Revoke<span className="sr-only"> {token.name}</span>
                      </Button>
                    )}
                  </Td>
                )}
              </tr>
            ))}
          </TBody>
        </Table>
      )}

      <CreateTokenDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token, name) => {
          setCreating(false);
          setCreated({ token, name });
        }}
      />
      <TokenCreatedDialog token={created?.token ?? null} name={created?.name ?? ""} onClose={() => setCreated(null)} />
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke API token?"
        description={
          <>
            Calls using <strong className="font-semibold text-slate-900">{revoking?.name}</strong> will be refused with
            401 from now on. This cannot be undone.
          </>
        }
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </Card>
  );
}
