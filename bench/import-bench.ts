/**
 * Import benchmark: generates a 1,000-page PDF (pdf-lib: headings, wrapped paragraphs, list
 * items, country names and acronyms on every page), then imports it in a child process with
 * the real `content import` code and prints the wall time and that process's peak RSS.
 * Target (issue 13): under a minute and under 1 GB.
 *
 *   npx tsx bench/import-bench.ts            # 1,000 pages
 *   npx tsx bench/import-bench.ts 200        # another page count
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { importDocument } from "../src/content/import/import-document.js";

const PAGES = 1000;
const LINES_PER_PAGE = 44;

const SENTENCES = [
  "The Regional Maritime Security Centre (RMSC) coordinates patrols with Senegal, Ghana and Togo.",
  "Each member state reports seizures to the secretariat within thirty days of the operation.",
  "Nigerian and Beninese investigators share case files under the cooperation agreement.",
  "The European Union funds training for prosecutors in financial investigations.",
  "Community leaders take part in prevention programmes in border towns and coastal districts.",
  "Progress is reviewed every year against the indicators adopted by the ministers.",
];

/** Child mode: import `file` into `out`, print seconds and peak RSS as one JSON line. */
async function importOnly(file: string, out: string): Promise<void> {
  const started = performance.now();
  const result = await importDocument({
    file,
    out,
    knownDirs: [],
    title: "Generated benchmark report",
    publisher: "ct-bot bench",
    date: "2026",
    rights: "Generated text",
    dryRun: false,
    force: false,
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      seconds,
      peakMb,
      passages: result.pack.passages.length,
      entities: result.pack.entities.length,
    }),
  );
}

async function generate(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle("Generated benchmark report");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 0; n < pages; n++) {
    const page = pdf.addPage([595, 842]);
    let y = 790;
    if (n % 5 === 0) {
      page.drawText(`Chapter ${n / 5 + 1}: regional cooperation`, { x: 56, y, size: 16, font });
      y -= 30;
    }
    for (let line = 0; y > 60 && line < LINES_PER_PAGE; line++) {
      const sentence = SENTENCES[(n + line) % SENTENCES.length] ?? "";
      const bullet = line % 11 === 10 ? "• " : "";
      page.drawText(`${bullet}${sentence}`, { x: 56, y, size: 10, font });
      // A wider gap every fourth line ends a paragraph.
      y -= line % 4 === 3 ? 24 : 14;
    }
    page.drawText(String(n + 1), { x: 290, y: 30, size: 9, font });
  }
  return pdf.save();
}

async function main(): Promise<void> {
  const [mode, file, out] = process.argv.slice(2);
  if (mode === "--import-only" && file && out) return importOnly(file, out);
  const pages = Number(mode ?? PAGES) || PAGES;
  const dir = mkdtempSync(join(tmpdir(), "ct-import-bench-"));
  try {
    const pdfPath = join(dir, "report.pdf");
    writeFileSync(pdfPath, await generate(pages));
    const size = statSync(pdfPath).size / 1024 / 1024;
    const self = fileURLToPath(import.meta.url);
    const line = execFileSync(
      process.execPath,
      ["--import", "tsx", self, "--import-only", pdfPath, join(dir, "content")],
      {
        encoding: "utf8",
      },
    );
    const result = JSON.parse(line.trim().split("\n").at(-1) ?? "{}") as {
      seconds: number;
      peakMb: number;
      passages: number;
      entities: number;
    };
    console.log(`import: ${pages}-page PDF (${size.toFixed(1)} MB)`);
    console.log(
      `  ${result.seconds.toFixed(1)} s, peak RSS ${result.peakMb.toFixed(0)} MB, ${result.passages} passages, ${result.entities} entities`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
