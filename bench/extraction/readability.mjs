// Runs Mozilla Readability (the Firefox Reader View library) over the benchmark pages with jsdom.
// usage: node readability.mjs DATASET_DIR OUT.json   -> {"seconds": s, "output": {id: textContent}}
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [dir, out] = process.argv.slice(2);
const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
const pages = Object.keys(truth).sort().map(id => ({ id, url: truth[id].url, html: gunzipSync(readFileSync(join(dir, "html", id + ".html.gz"))).toString("utf8") }));
const quiet = new VirtualConsole(); // pages' CSS and markup errors are not ours to print
const extract = p => {
  try {
    const dom = new JSDOM(p.html, { url: p.url, virtualConsole: quiet }); // scripts are not run (jsdom default)
    const art = new Readability(dom.window.document).parse();
    dom.window.close();
    return art?.textContent ?? "";
  } catch { return ""; }
};
for (const p of pages.slice(0, 5)) extract(p); // warm-up, as for the .NET systems
const output = {};
const t0 = process.hrtime.bigint();
for (const p of pages) output[p.id] = extract(p);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
writeFileSync(out, JSON.stringify({ seconds, output }));
console.error(`readability.js: ${pages.length} pages in ${seconds.toFixed(1)} s`);
