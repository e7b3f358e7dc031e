// Reads a JSON body whatever its content type: navigator.sendBeacon sends text/plain, and a cross-origin
// fetch with text/plain skips the CORS preflight. Malformed JSON is the caller's mistake (400), not ours.
import { AppError } from "@/lib/errors";
import { readCappedText } from "./read-text";

const MAX_BODY_BYTES = 64_000; // a 5,000-character message is far below; anything bigger is not ours

export async function readJson(request: Request): Promise<unknown> {
  const text = await readCappedText(request, MAX_BODY_BYTES); // 413 past the cap, checked while reading
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
}
