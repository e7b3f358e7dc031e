"use client";

import Link from "next/link";
import { signOut } from "@/lib/actions/sign-out";
import { Avatar } from "./avatar";
import { useDisclosure } from "./use-disclosure";

interface UserMenuProps {
  name: string;
  email: string;
  roleLabel: string;
}

// Who is signed in, a way to their profile, and signing out.
export function UserMenu({ name, email, roleLabel }: UserMenuProps) {
  const { close, containerRef, triggerProps, panelProps } = useDisclosure();
  return (
    <div ref={containerRef} className="relative">
      <button
        {...triggerProps}
        className="inline-flex items-center gap-2 rounded-md px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        <Avatar name={name} />
        <span className="max-w-40 truncate">{name}</span>
        <span className="sr-only">(account menu)</span>
      </button>
      <div
        {...panelProps}
        className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
      >
        <div className="border-b border-slate-100 px-3 pt-1 pb-3">
          <p className="truncate text-sm font-semibold text-slate-900">{name}</p>
          <p className="truncate text-sm text-slate-600">{email}</p>
          <p className="mt-1 text-xs text-slate-500">{roleLabel}</p>
        </div>
        <Link
          href="/settings/profile"
          onClick={() => close(false)}
          className="mt-1 block rounded-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100"
        >
          Profile
        </Link>
        <form action={signOut}>
          <button
            type="submit"
            className="block w-full rounded-md px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100"
          >
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
