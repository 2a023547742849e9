"use client";
import { RelativeTime } from "../ui/relative-time";
import { useState } from "react";
import type { RoleName } from "@/lib/auth/schema";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite, useViewer } from "../shell/viewer-context";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { UsersIcon } from "../ui/icons";
import { Select } from "../ui/select";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { TableMessage } from "../ui/table-states";
import { toast } from "../ui/toast";
import { AddUserDialog } from "./add-user-dialog";
import type { UserRow } from "./api-client";
import { useDeleteUser } from "./use-delete-user";
import { useUpdateUserRole } from "./use-update-user-role";
import { useUsers } from "./use-users";

export function UsersPanel() {
  const canWrite = useCanWrite();
  const viewer = useViewer();
  const users = useUsers();
  const updateRole = useUpdateUserRole();
  const deleteUser = useDeleteUser();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<UserRow | null>(null);

  function changeRole(user: UserRow, role: RoleName) {
    updateRole.mutate(
      { id: user.id, role },
      { onSuccess: () => toast.success(`${user.email} is now ${role}`), onError: (error) => showServerError(error) },
    );
  }

  function confirmDelete() {
    if (!deleting) return;
    deleteUser.mutate(deleting.id, {
      onSuccess: () => {
        toast.success(`Removed ${deleting.email}`);
        setDeleting(null);
      },
      onError: (error) => {
        showServerError(error);
        setDeleting(null);
      },
    });
  }

  return (
    <Card>
      <CardHeader
        title="Users"
        description="Admins change everything; viewers read everything and change nothing."
        actions={
          canWrite && (
            <Button onClick={() => setAdding(true)}>
              <UsersIcon className="size-4" />
              Add user
            </Button>
          )
        }
      />
      {users.isPending ? (
        <TableMessage>Loading users…</TableMessage>
      ) : users.isError ? (
        <TableMessage tone="error">Could not load users: {users.error.message}</TableMessage>
      ) : (
        <Table label="Users">
          <THead>
            <Th>User</Th>
            <Th>Role</Th>
            <Th>Created</Th>
            <Th>Last sign-in</Th>
            {canWrite && (
              <Th className="text-right">
                <span className="sr-only">Actions</span>
              </Th>
            )}
          </THead>
          <TBody>
            {users.data.map((user) => (
              <tr key={user.id} data-testid="user-row">
                <Td>
                  <span className="font-medium text-slate-900">{user.email}</span>
                  {user.email === viewer.email && <span className="ml-2 text-xs text-slate-500">(you)</span>}
                  {user.name && <span className="block text-xs text-slate-500">{user.name}</span>}
                </Td>
                <Td>
                  {canWrite ? (
                    <Select
                      aria-label={`Role of ${user.email}`}
                      value={user.role}
                      disabled={updateRole.isPending}
                      onChange={(event) => changeRole(user, event.target.value as RoleName)}
                      className="h-8 w-32 py-1"
                    >
                      <option value="admin">admin</option>
                      <option value="viewer">viewer</option>
                    </Select>
                  ) : (
                    <Badge tone={user.role === "admin" ? "indigo" : "neutral"}>{user.role}</Badge>
                  )}
                </Td>
                <Td>
                  <RelativeTime value={user.createdAt} />
                </Td>
                <Td>
                  <RelativeTime value={user.lastLoginAt} />
                </Td>
                {canWrite && (
                  <Td className="text-right">
                    <Button variant="danger-ghost" size="sm" onClick={() => setDeleting(user)}>
                      Delete<span className="sr-only"> {user.email}</span>
                    </Button>
                  </Td>
                )}
              </tr>
            ))}
          </TBody>
        </Table>
      )}

      <AddUserDialog open={adding} onClose={() => setAdding(false)} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete user?"
        description={
          <>
            <strong className="font-semibold text-slate-900">{deleting?.email}</strong> will be signed out everywhere
            and can no longer sign in. Tokens they created keep working until revoked.
          </>
        }
        confirmLabel="Delete user"
        pending={deleteUser.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Card>
  );
}
