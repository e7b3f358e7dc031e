import { redirect } from "next/navigation";

// Every member has a profile, so it is the settings page everyone can open.
export default function SettingsPage() {
  redirect("/settings/profile");
}
