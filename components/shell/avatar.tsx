import { avatarInitials } from "@/lib/profile/avatar-initials";

// Initials in a circle; decorative wherever the name is also shown as text.
export function Avatar({ name, size = "md" }: { name: string; size?: "md" | "lg" }) {
  const dimensions = size === "lg" ? "size-12 text-base" : "size-8 text-xs";
  return (
    <span
      aria-hidden
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-700 ${dimensions}`}
    >
      {avatarInitials(name)}
    </span>
  );
}
