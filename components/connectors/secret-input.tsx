"use client";
// A stored secret is never sent to the browser: the field holds the mask, and saving the mask keeps the stored
// value. "Replace" clears it for a new value; "Reveal" (admins, audited) fetches the plaintext into the field.
import { useRef, useState, type ComponentProps } from "react";
import { SECRET_MASK } from "@/lib/crypto/secret-mask";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

interface SecretInputProps extends Omit<ComponentProps<"input">, "value" | "onChange"> {
  value: string | undefined;
  onChange: (value: string) => void;
  /** Present when the viewer may reveal the stored value (admins, saved connectors). */
  onReveal?: () => Promise<string>;
}

export function SecretInput({ value, onChange, onReveal, ...inputProps }: SecretInputProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [revealing, setRevealing] = useState(false);
  const [visible, setVisible] = useState(false);

  if (value === SECRET_MASK) {
    async function reveal() {
      if (!onReveal) return;
      setRevealing(true);
      try {
        onChange(await onReveal());
        setVisible(true);
      } catch (error) {
        showServerError(error);
      } finally {
        setRevealing(false);
      }
    }
    return (
      <div className="flex gap-2">
        <Input {...inputProps} value={SECRET_MASK} readOnly className="flex-1 bg-slate-50 text-slate-500" />
        <Button
          variant="secondary"
          onClick={() => {
            onChange("");
            setVisible(false);
            requestAnimationFrame(() => inputRef.current?.focus());
          }}
        >
          Replace
        </Button>
        {onReveal && (
          <Button variant="ghost" loading={revealing} onClick={() => void reveal()}>
            Reveal
          </Button>
        )}
      </div>
    );
  }

  return (
    <div className="flex gap-2">
      <Input
        {...inputProps}
        ref={inputRef}
        type={visible ? "text" : "password"}
        autoComplete="off"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value)}
        className="flex-1 font-mono"
      />
      <Button variant="ghost" onClick={() => setVisible((shown) => !shown)} aria-pressed={visible}>
        {visible ? "Hide" : "Show"}
      </Button>
    </div>
  );
}
