"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { SECRET_MASK } from "@/lib/crypto/secret-mask";
import { settingsApi, type WorkspaceSettings } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useRotateAppSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.rotateAppSecret,
    // A secret exists now. Patched in place rather than refetched: a refetch would reset the workspace form
    // above and throw away edits the admin has not saved yet.
    onSuccess: () =>
      queryClient.setQueryData<WorkspaceSettings>(
        settingsKeys.workspace(),
        (old) => old && { ...old, appSecret: SECRET_MASK },
      ),
  });
}
