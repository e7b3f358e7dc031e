// `npm run build:widget`: builds the embed loader and the chat frame script into public/widget/ (esbuild,
// minified, es2019). Run before `next build` and `next dev`.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { WIDGET_OUT_DIR, widgetBuilds } from "../widget/build-config";

mkdirSync(WIDGET_OUT_DIR, { recursive: true });
for (const options of Object.values(widgetBuilds)) {
  const result = await build({ ...options, metafile: true });
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
    console.log(`widget: ${path.relative(process.cwd(), file)} ${bytes} bytes`);
  }
}
