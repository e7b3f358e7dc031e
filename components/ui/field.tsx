import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

const control =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 focus:border-brand-500 [&[readonly]]:bg-slate-50 [&[readonly]]:text-slate-600 aria-[invalid=true]:border-red-500";

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
}

// The attributes that tie a control to its label's error or hint, so screen readers and tests find both.
type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

// A label, the control, then its hint or its error (the error replaces the hint).
function Field({
  label,
  error,
  hint,
  control: render,
}: FieldProps & { control: (p: ControlProps) => ReactNode }) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {render({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: control,
      })}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  error,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} error={error} hint={hint} control={(p) => <input {...input} {...p} />} />;
}

export function SelectField({
  label,
  error,
  hint,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      control={(p) => (
        <select {...select} {...p}>
          {children}
        </select>
      )}
    />
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field label={label} error={error} hint={hint} control={(p) => <textarea {...textarea} {...p} />} />;
}
