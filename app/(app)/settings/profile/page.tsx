import type { Metadata } from "next";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import { requireMember } from "@/lib/auth/member";
import { supportedTimeZones } from "@/lib/time/time-zones";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage({ searchParams }: PageProps<"/settings/profile">) {
  const member = await requireMember();
  const passwordChanged = (await searchParams).notice === "password-changed";
  const user = await findUserById(getDb(), member.userId);
  const zones = supportedTimeZones();
  // A zone saved before it left the list (renamed by IANA) still shows as selected, rather than silently
  // switching the select to the first zone.
  const timeZones = zones.includes(member.timeZone) ? zones : [member.timeZone, ...zones];
  return (
    <div className="flex flex-col gap-6">
      <Card
        title="Profile"
        description="How your teammates and visitors see you, and the time zone for your times."
      >
        <ProfileForm
          name={member.name}
          email={member.email}
          timeZone={member.timeZone}
          timeZones={timeZones}
          bookingUrl={user?.bookingUrl ?? null}
        />
      </Card>
      <Card title="Password and sessions" description="Change your password, or sign out on every device.">
        <PasswordForm key={String(passwordChanged)} changed={passwordChanged} />
      </Card>
    </div>
  );
}
