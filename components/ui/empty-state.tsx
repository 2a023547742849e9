import type { ReactNode } from "react";

interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  /** Buttons or links that start the first step. */
  actions?: ReactNode;
  children?: ReactNode;
}

export function EmptyState({ icon, title, description, actions, children }: EmptyStateProps) {
  return (
    <div className="rounded-lg border-2 border-dashed border-slate-300 bg-surface px-6 py-12 text-center">
      {icon && (
        <div className="mx-auto mb-4 flex size-12 items-center justify-center rounded-full bg-indigo-50 text-indigo-700">
          {icon}
        </div>
      )}
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-xl text-sm leading-6 text-slate-600">{description}</div>
      {actions && <div className="mt-6 flex flex-wrap justify-center gap-3">{actions}</div>}
      {children && <div className="mx-auto mt-6 max-w-xl text-left">{children}</div>}
    </div>
  );
}
