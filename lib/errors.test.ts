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
    expect(log).toHaveBeenCalled();
  });

  it("does not treat a thrown string as an AppError", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toResponse("NOT_FOUND").status).toBe(500);
  });
});

// Issue 9 "Input": a query's parameters are message bodies and emails; they never reach a log or a 500.
describe("database errors", () => {
  const failedQuery = (code: string) =>
    Object.assign(
      new Error(
        'Failed query: insert into "messages" ("body") values ($1)\nparams: my secret message,ada@acme.test',
      ),
      { name: "DrizzleQueryError", cause: Object.assign(new Error("invalid byte sequence"), { code }) },
    );

  it("database encoding errors are mapped to 400", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const code of ["22021", "22P05"]) expect(toResponse(failedQuery(code)).status).toBe(400);
  });

  it("logs never print query parameters or message bodies", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toResponse(failedQuery("XX000")).status).toBe(500);
    const logged = log.mock.calls
      .flat()
      .map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a)));
    expect(logged.join(" ")).not.toMatch(/secret message|ada@acme/);
    expect(logged.join(" ")).toMatch(/Failed query/);
  });
});
