// The composer: Enter sends, Shift+Enter is a newline, a counter near the 5,000-character limit, the typing
// signal, and a clear error when the API refuses the message.
import { HttpError } from "./api";
import { checkDraft, sendErrorText, TOO_LONG_TEXT } from "./composer-rules";
import type { TypingSignal } from "./typing";
import type { View } from "./view";

export function setUpComposer(view: View, typing: TypingSignal, send: (body: string) => Promise<void>) {
  let sending = false;

  async function submit() {
    const draft = checkDraft(view.textarea.value);
    if (draft.tooLong) return view.error(TOO_LONG_TEXT);
    if (!draft.canSend || sending) return;
    sending = true;
    view.send.disabled = true;
    view.error("");
    try {
      await send(draft.body);
      view.textarea.value = "";
      view.counter("", false);
      typing.stop();
    } catch (error) {
      view.error(
        error instanceof HttpError
          ? sendErrorText(error.status, error.answer, error.retryAfter)
          : sendErrorText(null, null),
      );
    } finally {
      sending = false;
      view.send.disabled = false;
    }
  }

  view.form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  view.textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  view.textarea.addEventListener("input", () => {
    const draft = checkDraft(view.textarea.value);
    view.counter(draft.counter, draft.tooLong);
    view.error(draft.tooLong ? TOO_LONG_TEXT : "");
    if (draft.body) typing.input();
    else typing.stop();
  });
}
