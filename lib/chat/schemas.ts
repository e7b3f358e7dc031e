import { z } from "zod";

export const MAX_MESSAGE_LENGTH = 5_000;

// What a visitor or an agent may send: trimmed, not empty, at most 5,000 characters.
export const messageBody = z
  .string({ message: "Write a message" })
  .trim()
  .min(1, "Write a message")
  .max(MAX_MESSAGE_LENGTH, `Keep messages under ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters`);
