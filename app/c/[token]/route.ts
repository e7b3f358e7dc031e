// GET /c/<signed token> — a follow-up email's "Continue the conversation" link (FU6). The chat page itself is
// served under /widget/ (its own security policy, like the frame it reuses).
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return Response.redirect(new URL(`/widget/continue/${encodeURIComponent(token)}`, request.url), 302);
}
