// Reads a request body as text, refusing it with 413 when it is larger than `maxBytes`: by its declared
// Content-Length before reading anything, else as soon as the bytes read pass the cap, so an oversized body is
// never held in memory whole.
import { AppError } from "@/lib/errors";

const tooLarge = (maxBytes: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes`);

export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes);
  }
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new AppError("BAD_REQUEST", "The request body could not be read");
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
