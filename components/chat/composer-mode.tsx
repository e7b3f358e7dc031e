export type ComposerMode = "reply" | "note";

const modes: { value: ComposerMode; label: string }[] = [
  { value: "reply", label: "Reply" },
  { value: "note", label: "Internal note" },
];

// Reply to the visitor, or write a note only teammates see: native radios, so arrows and labels just work.
export function ComposerModeSwitch({
  name,
  mode,
  onChange,
}: {
  name: string;
  mode: ComposerMode;
  onChange: (mode: ComposerMode) => void;
}) {
  return (
    <fieldset className="flex gap-1 text-sm">
      <legend className="sr-only">Message type</legend>
      {modes.map((m) => (
        <label
          key={m.value}
          className={`relative cursor-pointer rounded-md px-3 py-1 font-medium has-focus-visible:outline-2 has-focus-visible:outline-brand-500 ${
            mode === m.value
              ? m.value === "note"
                ? "bg-amber-100 text-amber-900"
                : "bg-brand-50 text-brand-700"
              : "text-slate-600 hover:bg-slate-100"
          }`}
        >
          <input
            type="radio"
            name={name}
            value={m.value}
            checked={mode === m.value}
            onChange={() => onChange(m.value)}
            // Transparent over its label rather than visually hidden: the pointer lands on the radio itself.
            className="absolute inset-0 cursor-pointer opacity-0"
          />
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}
