// The widget's size budgets (DESIGN.md, Widget): the loader runs on every customer page, the frame on every
// chat. Over budget fails the suite.
import { expect, it } from "vitest";
import { BUDGET } from "./build-config";
import { measureWidget } from "./measure";

it("the loader and the frame stay within their gzip budgets", async () => {
  const sizes = await measureWidget();
  console.log(
    `widget gzip bytes: loader ${sizes.loaderGzipBytes}/${BUDGET.loaderGzipBytes}, frame ${sizes.frameGzipBytes}/${BUDGET.frameGzipBytes} (html ${sizes.frameHtmlGzipBytes} + js ${sizes.frameJsGzipBytes})`,
  );
  expect(sizes.loaderGzipBytes).toBeLessThanOrEqual(BUDGET.loaderGzipBytes);
  expect(sizes.frameGzipBytes).toBeLessThanOrEqual(BUDGET.frameGzipBytes);
}, 30_000);
