// The widget's transfer sizes, gzip level 9: built in memory, never written. Used by the budget test and
// bench/widget-bytes.ts.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { widgetBuilds } from "./build-config";
import { frameHtml } from "./frame/html";

export interface WidgetSizes {
  loaderGzipBytes: number;
  frameJsGzipBytes: number;
  frameHtmlGzipBytes: number;
  frameGzipBytes: number; // HTML + JS
}

const gzipBytes = (data: Uint8Array | string) => gzipSync(data, { level: 9 }).length;

async function bundle(options: (typeof widgetBuilds)[keyof typeof widgetBuilds]): Promise<Uint8Array> {
  const result = await build({ ...options, write: false });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild produced nothing for ${options.entryPoints[0]}`);
  return file.contents;
}

export async function measureWidget(): Promise<WidgetSizes> {
  const [loader, frame] = await Promise.all([bundle(widgetBuilds.loader), bundle(widgetBuilds.frame)]);
  const frameJsGzipBytes = gzipBytes(frame);
  const frameHtmlGzipBytes = gzipBytes(frameHtml);
  return {
    loaderGzipBytes: gzipBytes(loader),
    frameJsGzipBytes,
    frameHtmlGzipBytes,
    frameGzipBytes: frameJsGzipBytes + frameHtmlGzipBytes,
  };
}
