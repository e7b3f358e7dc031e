import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, toResponse } from "./errors";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("toResponse", () => {
  it("maps a zod error to a 400 naming the invalid fields", async () => {
    const schema = z.object({
      email: z.email("Enter a valid email address"),
      schedule: z.object({ timeZone: z.string().min(1, "Choose a time zone") }),
    });
    const parsed = schema.safeParse({ email: "not-an-email", schedule: { timeZone: "" } });
    if (parsed.success) throw new Error("the input should be invalid");

    const response = toResponse(parsed.error);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.fields).toEqual({
      email: "Enter a valid email address",
      "schedule.timeZone": "Choose a time zone",
    });
    expect(body.error.message).toContain("email: Enter a valid email address");
  });

  it("maps an AppError to its status and message", async () => {
    const response = toResponse(new AppError("NOT_FOUND", "No such routing group"));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatchObject({
      code: "NOT_FOUND",
      message: "No such routing group",
    });
    expect(toResponse(new AppError("RATE_LIMITED")).status).toBe(429);
  });

  it("maps an unknown error to a 500 that reveals nothing, and logs it on the server", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error('relation "users" does not exist at postgres://admin:hunter2@db');

    const response = toResponse(error);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL", message: "Something went wrong" } });
    expect(text).not.toMatch(/relation|hunter2|postgres/);
    expect(log).toHaveBeenCalledWith(error);
  });

  it("does not treat a thrown string as an AppError", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toResponse("NOT_FOUND").status).toBe(500);
  });
});
