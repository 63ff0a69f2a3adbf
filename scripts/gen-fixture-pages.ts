// Builds the fixture pages made from the seed documents (third-party text, never committed) into
// test/generated/pages/ (ignored by git), which the fixture server serves as /pages/: plain HTML, one paragraph per
// blank-line block, bullets as lists, short title-like lines as headings. The e2e tests and `npm start` run it
// (test/e2e/global-setup.ts); the bench builds its pages from the same functions.
// Run by hand: npx tsx scripts/gen-fixture-pages.ts
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedsAvailable, seedText } from '../test/seeds';

export { seedText };

const here = dirname(fileURLToPath(import.meta.url));
/** Where the generated pages go; the fixture server looks here after test/fixtures/. */
export const GENERATED_DIR = join(here, '../test/generated');

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LIGHT = `body { font: 17px/1.55 Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 1.5rem; color: #222; background: #fdfdfb; }`;
const DARK = `body { font: 17px/1.55 system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1.5rem; color: #e6e6e6; background: #15171a; } a { color: #8ab4f8; }`;

/** Seed text to HTML body content. */
export function textToHtml(text: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>\n${list.map((l) => `  <li>${escapeHtml(l)}</li>`).join('\n')}\n</ul>`);
    list = [];
  };
  for (const raw of text.split(/\n\s*\n/)) {
    const block = raw.trim();
    if (!block) continue;
    for (const line of block.split('\n')) {
      const t = line.trim();
      if (!t) continue;
      if (/^[•\-*]\s+/.test(t)) {
        list.push(t.replace(/^[•\-*]\s+/, ''));
        continue;
      }
      flush();
      if (t.length < 80 && !/[.;:,]$/.test(t) && /^[A-Z0-9]/.test(t)) out.push(`<h2>${escapeHtml(t)}</h2>`);
      else out.push(`<p>${escapeHtml(t)}</p>`);
    }
    flush();
  }
  return out.join('\n');
}

export function page(title: string, body: string, dark = false): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${dark ? DARK : LIGHT}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}

/** A page of about `bytes` made from seed 001 repeated (for the 5 MB bench). */
export function bigPage(bytes: number): string {
  const body = textToHtml(seedText('001'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const section = `<section id="copy-${i}">\n${body}\n</section>`;
    parts.push(section);
    size += section.length;
  }
  return page('Working Together (repeated, about 5 MB)', parts.join('\n'));
}

/** A long page with nothing CareLens marks. */
export function plainPage(bytes = 200_000): string {
  const para =
    '<p>Preheat the oven and butter a round tin. Cream the butter with the sugar until pale, then beat in the eggs one at a time, ' +
    'folding in the flour with a metal spoon. Bake until golden and a skewer comes out clean, then leave it on a rack to cool.</p>\n';
  return page('Victoria sponge', para.repeat(Math.ceil(bytes / para.length)));
}

const SEED_PAGES = ['000', '001', '002', '003'];

/** Writes test/generated/pages/seed-*.html from the seeds; false (and nothing written) where they are absent. */
export function writeSeedPages(): boolean {
  if (!seedsAvailable) return false;
  const out = join(GENERATED_DIR, 'pages');
  mkdirSync(out, { recursive: true });
  const titles: Record<string, string> = {
    '000': 'Child protection: what parents need to know (seed 000)',
    '001': 'Working Together to Safeguard Children (seed 001)',
    '002': 'Children’s social care services (seed 002)',
    '003': 'Planning and review procedure (seed 003)',
  };
  for (const id of SEED_PAGES) writeFileSync(join(out, `seed-${id}.html`), page(titles[id]!, textToHtml(seedText(id))));
  writeFileSync(join(out, 'seed-002-dark.html'), page(titles['002']!, textToHtml(seedText('002')), true));
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(writeSeedPages() ? `wrote the seed pages to ${join(GENERATED_DIR, 'pages')}` : 'no seeds: nothing written');
}
