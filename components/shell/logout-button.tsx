"use client";
import { showServerError } from "../forms/show-server-error";
import { useLogout } from "../auth/use-logout";
import { Button } from "../ui/button";
import { LogOutIcon } from "../ui/icons";

export function LogoutButton() {
  const logout = useLogout();
  return (
    <Button
      variant="ghost"
      size="sm"
      loading={logout.isPending}
      onClick={() => logout.mutate(undefined, { onError: (error) => showServerError(error) })}
    >
      <LogOutIcon className="size-4" />
      <span>Log out</span>
    </Button>
  );
}
