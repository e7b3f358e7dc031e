// Reads a request body as text, refusing it (400, as readJson does) as soon as it grows past `maxBytes`: the cap is enforced
// while reading, so an oversized body is never held in memory whole.
import { AppError } from "@/lib/errors";

export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("BAD_REQUEST", `The request body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
