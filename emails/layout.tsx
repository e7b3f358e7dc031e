// The frame every Herald email shares: preview line, heading, content, one button back to the app, and why the
// reader got it. Inline styles only: email clients ignore stylesheets.
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { ReactNode } from "react";

export const styles = {
  body: {
    backgroundColor: "#f6f7f9",
    fontFamily: "-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif",
  },
  container: { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px" },
  heading: { fontSize: "20px", margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "22px", color: "#1f2328" },
  quote: { borderLeft: "3px solid #d0d7de", paddingLeft: "12px", margin: "8px 0", color: "#1f2328" },
  meta: { fontSize: "12px", color: "#656d76" },
  button: { backgroundColor: "#2563eb", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" },
} as const;

export interface EmailLayoutProps {
  preview: string;
  heading: string;
  action: { href: string; label: string };
  children: ReactNode;
  footer?: string; // why the reader receives it; a teammate's notification settings unless said otherwise
}

export function EmailLayout({ preview, heading, action, children, footer }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {children}
          <Section style={{ margin: "24px 0" }}>
            <Button href={action.href} style={styles.button}>
              {action.label}
            </Button>
          </Section>
          <Hr />
          <Text style={styles.meta}>
            {footer ??
              "You receive this because of your Herald notification settings. Change them under Settings → Notifications."}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

// Visitor or teammate text, quoted. React escapes it, so markup a visitor typed arrives as text.
export function Quote({ children, meta }: { children: string; meta?: string }) {
  return (
    <Section style={styles.quote}>
      {meta ? <Text style={styles.meta}>{meta}</Text> : null}
      <Text style={styles.text}>{children}</Text>
    </Section>
  );
}
