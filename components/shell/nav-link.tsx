"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// A navigation link that marks itself as the current page (aria-current) for the path and any path below it.
export function NavLink({
  href,
  children,
  className,
  label,
}: {
  href: string;
  children: React.ReactNode;
  className: string;
  label?: string; // the accessible name, when the visible content says it differently (a badge)
}) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-label={label} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
