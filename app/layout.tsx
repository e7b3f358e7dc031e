import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Herald", template: "%s · Herald" },
  description: "Live chat for teams that sell and support on their website.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
