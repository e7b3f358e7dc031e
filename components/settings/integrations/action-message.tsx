import type { ActionState } from "@/lib/actions/safe-action";

// What an integration form's action answered: its confirmation, or its error.
export function ActionMessage({ state }: { state: ActionState | undefined }) {
  if (!state) return null;
  if (!state.ok && !state.fieldErrors) {
    return (
      <p role="alert" className="text-xs text-red-600">
        {state.error}
      </p>
    );
  }
  return state.ok && state.message ? (
    <p role="status" className="text-xs text-green-700">
      {state.message}
    </p>
  ) : null;
}
