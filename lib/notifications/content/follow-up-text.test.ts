// FU4: the follow-up SMS fits its segment budget, counted as Twilio counts (GSM-7 160/153, UCS-2 70/67).
import { describe, expect, it } from "vitest";
import { countSegments, followUpSms, SMS_SEGMENT_BUDGET } from "./follow-up-text";

const link =
  "https://chat.example.com/c/0b7c5f0e-8d7e-4c55-9d3c-0a1b2c3d4e5f.Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg";
const facts = (words: string) => ({ agentName: "Nadia Agent", words, link });

describe("the follow-up SMS (FU4)", () => {
  it("says who replied, their words and the link, whole when they fit", () => {
    const sms = followUpSms(facts("Yes, we ship to Norway in 3 days."));
    expect(sms.body).toBe(
      `Nadia Agent replied: Yes, we ship to Norway in 3 days.\nContinue the chat: ${link}`,
    );
    expect(sms).toMatchObject({ encoding: "GSM-7", segments: 2 });
  });

  it("cuts long words at a word boundary to stay within the budget (GSM-7)", () => {
    const sms = followUpSms(facts("word ".repeat(200)));
    expect(sms.segments).toBeLessThanOrEqual(SMS_SEGMENT_BUDGET);
    expect(sms.body).toMatch(/ word\.\.\.\nContinue the chat: /); // "…" is not GSM-7
    expect(countSegments(sms.body).segments).toBe(sms.segments);
  });

  it("one emoji would make the whole text UCS-2 (70/67) with no room for words: they go without it, in GSM-7", () => {
    const sms = followUpSms(facts(`Great news 🎉 it “ships” – ${"and more ".repeat(40)}`));
    expect(sms.encoding).toBe("GSM-7");
    expect(sms.segments).toBeLessThanOrEqual(SMS_SEGMENT_BUDGET);
    expect(sms.body).toMatch(/^Nadia Agent replied: Great news it "ships" - and more/);
  });

  it("UCS-2 words that fit (a short link) are kept as written", () => {
    const sms = followUpSms({
      agentName: "Nadia",
      words: "Ça marche, à demain 🙂",
      link: "https://x.test/c/abc",
    });
    expect(sms).toMatchObject({ encoding: "UCS-2", segments: 2 });
    expect(sms.body).toContain("Ça marche, à demain 🙂");
  });

  it("without room for words (a 1-segment budget), the name and the link still go", () => {
    const sms = followUpSms(facts("Yes, we ship to Norway in 3 days."), 1);
    expect(sms.body).toBe(`Nadia Agent replied to your chat: ${link}`);
  });
});
