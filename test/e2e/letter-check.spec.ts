// The popup's "Check a letter" against the `letter` command: a wrapped PDF letter open in the viewer and a letter on a
// web page show the same pairings and verdicts as the command on the same file; the letter's own date is shown and
// can be corrected.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { letterPdf, registerPdf, generatedPdf } from '../fixtures/pdfs';
import { todayISO } from '../../src/core/deadlines';
import { test, expect, ownPageTabId } from './fixtures';

const TUNING = 'test/fixtures/letters/tuning';
test.describe.configure({ timeout: 120_000 }); // each test also runs the command (tsx) once
registerPdf('letter-wrapped', () => letterPdf(readFileSync(join(TUNING, '01-icpc-late-easter.txt'), 'utf8'), 'Letter from Kestrel Vale'));

type Row = { rule: string; from: string; met: string; status: string; lateBy: string };

function fromCommand(file: string, today: string): Row[] {
  const out = execFileSync('npm', ['run', '--silent', 'letter', '--', '--json', '--today', today, file], { encoding: 'utf8' });
  const json = JSON.parse(out) as { pairings: { rule: string; from: string; met: string | null; status: string; lateBy: number | null }[] };
  return json.pairings
    .map((p) => ({ rule: p.rule, from: p.from, met: p.met ?? '', status: p.status, lateBy: p.lateBy === null ? '' : String(p.lateBy) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function fromPopup(popup: Page): Promise<Row[]> {
  const rows = await popup.locator('li.pairing').evaluateAll((items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return { rule: d.rule ?? '', from: d.from ?? '', met: d.met ?? '', status: d.status ?? '', lateBy: d.lateBy ?? '' };
    }),
  );
  return rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

test('a wrapped PDF letter in the viewer: the popup pairs and judges as the command does', async ({ openExtensionPage, server }) => {
  const today = todayISO();
  const file = join(mkdtempSync(join(tmpdir(), 'carelens-e2e-letter-')), 'letter.pdf');
  writeFileSync(file, (await generatedPdf('letter-wrapped'))!);
  const expected = fromCommand(file, today);
  expect(expected.filter((r) => r.met)).toContainEqual({ rule: 'icpc-15wd', from: '2026-03-27', met: '2026-04-23', status: 'late', lateBy: '2' });

  const viewer = await openExtensionPage(`viewer.html?file=${encodeURIComponent(server.url('/generated/letter-wrapped.pdf'))}`);
  await expect(viewer.locator('.textLayer').first()).toContainText('strategy discussion', { timeout: 20_000 });
  const popup = await openExtensionPage(`popup.html?tab=${await ownPageTabId(viewer)}` as 'popup.html');
  await popup.getByRole('tab', { name: 'Check a letter' }).click();
  await expect(popup.getByText('This letter is dated')).toContainText('Friday 24 April 2026', { timeout: 20_000 });
  await expect(popup.locator('li.pairing[data-rule="icpc-15wd"]')).toHaveCount(1);
  expect(await fromPopup(popup)).toEqual(expected);
  await expect(popup.locator('li.pairing[data-rule="icpc-15wd"]')).toContainText('Late by 2 working days');
});

test('a letter on a web page: the same pairings as the command, and the letter’s date can be corrected', async ({ page, server, serviceWorker, openExtensionPage }) => {
  const today = todayISO();
  const name = '21-email-thread-html.html';
  const expected = fromCommand(join(TUNING, name), today);
  expect(expected.filter((r) => r.met)).toEqual([{ rule: 'complaint-stage1', from: '2026-09-14', met: '2026-09-25', status: 'on-time', lateBy: '0' }]);

  const url = server.url(`/letters/tuning/${name}`);
  await page.goto(url);
  const tab = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, url);
  const popup = await openExtensionPage(`popup.html?tab=${tab}` as 'popup.html');
  await popup.getByRole('tab', { name: 'Check a letter' }).click();
  await expect(popup.getByText('This letter is dated')).toContainText('Friday 25 September 2026', { timeout: 20_000 });
  await expect(popup.locator('li.pairing[data-rule="complaint-stage1"]')).toHaveCount(1);
  expect(await fromPopup(popup)).toEqual(expected);

  // The letter itself is the Stage 1 reply: dated a week later, it would have been late by 3 working days.
  await popup.getByLabel('Date of the letter (change it if it is wrong)').fill('2026-10-01');
  await expect(popup.getByText('This letter is dated')).toContainText('Thursday 1 October 2026 (as you corrected it)');
  const stage1 = popup.locator('li.pairing[data-rule="complaint-stage1"]');
  await expect(stage1).toHaveAttribute('data-met', '2026-10-01');
  await expect(stage1).toHaveAttribute('data-status', 'late');
  await expect(stage1).toContainText('Late by 3 working days');
});
