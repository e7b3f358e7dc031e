// Transfer size of the widget (gzip level 9): the loader every customer page loads, and everything the chat
// iframe loads (HTML + frame.js). Run: npx tsx bench/widget-bytes.ts
import { measureWidget } from "../widget/measure";

const sizes = await measureWidget();
console.log(
  JSON.stringify({
    bench: "widget-bytes",
    loader_gzip_bytes: sizes.loaderGzipBytes,
    frame_gzip_bytes: sizes.frameGzipBytes,
    frame_html_gzip_bytes: sizes.frameHtmlGzipBytes,
    frame_js_gzip_bytes: sizes.frameJsGzipBytes,
  }),
);
