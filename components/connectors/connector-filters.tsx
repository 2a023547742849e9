"use client";
import { useEffect, useState } from "react";
import { AUTH_TYPES } from "@/lib/connectors/schema";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { authTypeLabels } from "./labels";
import type { ConnectorListFilters } from "./types";

interface ConnectorFiltersProps {
  filters: ConnectorListFilters;
  onChange: (key: keyof ConnectorListFilters, value: string) => void;
}

export function ConnectorFilters({ filters, onChange }: ConnectorFiltersProps) {
  const [search, setSearch] = useState(filters.q ?? "");

  // Typing updates the URL after a pause, not on every key (each change refetches the list).
  useEffect(() => {
    if (search === (filters.q ?? "")) return;
    const timer = setTimeout(() => onChange("q", search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search, filters.q, onChange]);

  return (
    <div className="flex flex-col gap-3 border-b border-slate-200 px-5 py-4 sm:flex-row sm:items-center">
      <Input
        type="search"
        aria-label="Search connectors"
        placeholder="Search name, URL or description"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        className="sm:max-w-xs"
      />
      <div className="grid grid-cols-2 gap-3 sm:flex">
        <Select
          aria-label="Enabled"
          value={filters.enabled ?? ""}
          onChange={(event) => onChange("enabled", event.target.value)}
          className="sm:w-40"
        >
          <option value="">Any state</option>
          <option value="true">Enabled</option>
          <option value="false">Disabled</option>
        </Select>
        <Select
          aria-label="Authentication"
          value={filters.authType ?? ""}
          onChange={(event) => onChange("authType", event.target.value)}
          className="sm:w-52"
        >
          <option value="">Any auth</option>
          {AUTH_TYPES.map((type) => (
            <option key={type} value={type}>
              {authTypeLabels[type]}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
