// How the widget's two browser bundles are built: shared by scripts/build-widget.ts (writes public/widget/)
// and the budget test (in memory).
import path from "node:path";
import type { BuildOptions } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
export const WIDGET_OUT_DIR = path.join(root, "public", "widget");

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2019",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
};

export const widgetBuilds = {
  // Runs on customers' pages: ≤ 2 KB gzip, no dependencies.
  loader: { ...common, entryPoints: ["widget/loader.ts"], outfile: path.join(WIDGET_OUT_DIR, "loader.js") },
  // Runs in the chat iframe, pusher-js included.
  frame: { ...common, entryPoints: ["widget/frame/main.ts"], outfile: path.join(WIDGET_OUT_DIR, "frame.js") },
} satisfies Record<string, BuildOptions>;

export const BUDGET = {
  loaderGzipBytes: 2048,
  frameGzipBytes: 40960, // the frame's HTML page + frame.js: everything the iframe loads
} as const;
