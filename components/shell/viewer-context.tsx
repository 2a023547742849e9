"use client";
// The signed-in user as the dashboard layout resolved it on the server, so client islands can hide actions a
// viewer may not take (the API refuses them anyway).
import { createContext, useContext, type ReactNode } from "react";

export interface SignedInViewer {
  email: string;
  name: string | null;
  role: "admin" | "viewer";
}

const ViewerContext = createContext<SignedInViewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: SignedInViewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): SignedInViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer must be used inside the dashboard layout");
  return viewer;
}

export const useCanWrite = () => useViewer().role === "admin";
