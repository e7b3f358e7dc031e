// SK8: the Profile's booking link. "Book meeting" sends it to visitors, who open it: a full http(s) URL only
// (never `javascript:` or `data:`); an empty field clears it (null).
import { z } from "zod";
import { MAX_BOOKING_URL_LENGTH } from "./limits";

export const bookingUrlField = z
  .string()
  .trim()
  .max(MAX_BOOKING_URL_LENGTH, `Booking link must be at most ${MAX_BOOKING_URL_LENGTH} characters`)
  .optional()
  .transform((v) => v || null)
  .pipe(
    z
      .url({
        protocol: /^https?$/,
        message: "Booking link must be a full http(s) URL, like https://cal.com/you",
      })
      .nullable(),
  );
