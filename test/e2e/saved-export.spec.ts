// Export and import of the case record from the side panel: Web Annotation JSON round trip, CSV and
// Markdown list the same events, and a malformed or partly bad file is reported, not half-imported.
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/core/export/csv';
import { test, expect } from './fixtures';
import { QUOTE, broker, openSavedFixture, savedRecords, saveText } from './saved-helpers';
import type { Page } from '@playwright/test';

async function downloadText(panel: Page, button: string): Promise<string> {
  const [dl] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await dl.path())!, 'utf8');
}

test('export JSON, clear storage, import: identical records; CSV and Markdown list the same events', async ({
  page,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  const { panel, url } = await openSavedFixture({ page, server, openExtensionPage }, 'export.html');
  await saveText(page, serviceWorker, url, QUOTE, { note: 'Not invited, "again"', eventType: 'strategy-discussion-held' });
  await saveText(page, serviceWorker, url, 'The referral was received from the school on 24 February 2025', { eventType: 'referral-received' });
  await saveText(page, serviceWorker, url, 'An initial child protection conference followed.', { note: 'no date on this one' });
  await expect.poll(async () => (await savedRecords(panel)).length).toBe(3);
  const before = await savedRecords(panel);

  await panel.getByRole('button', { name: 'Export and import' }).click();
  const json = await downloadText(panel, 'Web Annotation JSON');
  expect(JSON.parse(json)).toMatchObject({ type: 'AnnotationCollection', total: 3 });
  const csv = await downloadText(panel, 'CSV');
  const md = await downloadText(panel, 'Markdown chronology');
  const ics = await downloadText(panel, 'Deadlines (iCalendar)');

  // the same events, in the same order, in both
  const [header, ...rows] = parseCsv(csv).filter((row) => row.some(Boolean));
  expect(header!.slice(0, 3)).toEqual(['event_date', 'event_type', 'event']);
  expect(rows).toHaveLength(3);
  const csvEvents = rows.filter((row) => row[0]).map((row) => `${row[0]} ${row[2]}`);
  expect(csvEvents).toEqual(['2025-02-24 Referral received', '2025-03-03 Strategy discussion held']);
  const mdEvents = [...md.matchAll(/^### (\d{4}-\d{2}-\d{2}): (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
  expect(mdEvents).toEqual(csvEvents);
  expect(md).toContain('no date on this one');
  expect(ics).toContain('BEGIN:VEVENT');

  await broker(panel, 'clear');
  await expect(panel.locator('article[data-id]')).toHaveCount(0);
  await panel.getByLabel('Web Annotation JSON file').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(panel.getByRole('status')).toContainText('3 added');
  const after = await savedRecords(panel);
  expect(after).toEqual(before);

  // importing again duplicates nothing
  await panel.getByLabel('Web Annotation JSON file').setInputFiles({ name: 'record2.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(panel.getByRole('status')).toContainText('3 already here');
  expect(await savedRecords(panel)).toHaveLength(3);

  // malformed file: a clear message, nothing changed
  await panel.getByLabel('Web Annotation JSON file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(panel.getByRole('status')).toContainText('could not be read');
  expect(await savedRecords(panel)).toHaveLength(3);

  // one good item, one bad: the bad one is skipped with its reason
  const doc = JSON.parse(json);
  const good = { ...doc.first.items[0], id: 'urn:uuid:3f1c2a4e-8b7d-4c6a-9e5f-1a2b3c4d5e6f' };
  const bad = { ...doc.first.items[1], id: 'urn:uuid:4f1c2a4e-8b7d-4c6a-9e5f-1a2b3c4d5e6f', target: { source: 'not a url', selector: [] } };
  doc.first.items = [good, bad];
  doc.total = 2;
  await panel.getByLabel('Web Annotation JSON file').setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(panel.getByRole('status')).toContainText('1 added');
  await expect(panel.getByRole('status')).toContainText('Skipped 1 item');
  expect(await savedRecords(panel)).toHaveLength(4);
});
