"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import type { ActionState } from "@/lib/actions/safe-action";

export type FormAction<T> = (prev: ActionState<T> | undefined, form: FormData) => Promise<ActionState<T>>;

// Like <form action={…}>, but the form keeps what was typed when the action returns errors
// (React resets a form after every action, which would wipe the fields the errors point at).
export function useFormAction<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return [state, onSubmit, pending] as const;
}

export const fieldError = <T>(state: ActionState<T> | undefined, field: string) =>
  state && !state.ok ? state.fieldErrors?.[field] : undefined;
