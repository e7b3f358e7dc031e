"use client";

import { TextField } from "@/components/ui/field";

// The email a person signs in, resets a password or sets up Herald with.
export function EmailField({ error, autoFocus = false }: { error?: string; autoFocus?: boolean }) {
  return (
    <TextField
      label="Email"
      name="email"
      type="email"
      autoComplete="email"
      required
      autoFocus={autoFocus}
      error={error}
    />
  );
}
