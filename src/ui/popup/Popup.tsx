// The popup: what is on this page, check a letter, the deadline calculator, and look anything up.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { askTab, READ_TAB, type PageReport, type ReadTabRequest } from '../../protocol/page';
import { sitePatterns } from '../../settings/settings';
import { todayISO } from '../../core/deadlines';
import { LegalNote } from '../common/LegalNote';
import { useSettings } from '../common/useSettings';
import { LookupPanel } from './LookupPanel';
import { Calculator } from './Calculator';
import { LetterPanel } from './LetterPanel';
import { OpenPdf } from './OpenPdf';
import { PagePanel } from './PagePanel';
import { siteOf, targetTab, type TargetTab } from './tab';
import './popup.css';

type PanelId = 'page' | 'letter' | 'calculator' | 'lookup';
const PANELS: { id: PanelId; label: string }[] = [
  { id: 'page', label: 'On this page' },
  { id: 'letter', label: 'Check a letter' },
  { id: 'calculator', label: 'Calculator' },
  { id: 'lookup', label: 'Look up' },
];

const REPORT_REFRESH_MS = 500;
const REPORT_REFRESH_MAX_MS = 8000;

type ReportState = { state: 'loading' } | { state: 'ready'; report: PageReport } | { state: 'unavailable'; why: string };

async function fetchReport(tab: TargetTab): Promise<PageReport> {
  let last: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const report = await askTab<PageReport | undefined>(tab, { type: 'carelens:get-report' });
      if (report && Array.isArray(report.matches)) return report;
      last = new Error('The page did not answer.');
    } catch (e) {
      last = e;
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw last;
}

export function Popup() {
  const [settings, update] = useSettings();
  const [tab, setTab] = useState<TargetTab>();
  const [report, setReport] = useState<ReportState>({ state: 'loading' });
  const [panel, setPanel] = useState<PanelId>('page');
  const [reload, setReload] = useState(0);
  const today = todayISO();

  useEffect(() => {
    let live = true;
    void (async () => {
      const t = await targetTab();
      if (!live) return;
      setTab(t);
      if (!t?.id) return setReport({ state: 'unavailable', why: 'There is no page to read in this window.' });
      let shown = false;
      try {
        // a page or PDF still being read: asked again (less and less often: a report of a long page costs it
        // time) until it is complete, so its list fills in
        for (let wait = REPORT_REFRESH_MS; ; wait *= 2) {
          const r = await fetchReport(t);
          if (!live) return;
          setReport({ state: 'ready', report: r });
          shown = true;
          if (r.complete || !r.active || wait > REPORT_REFRESH_MAX_MS) return;
          await new Promise((done) => setTimeout(done, wait));
        }
      } catch {
        if (live && !shown) setReport({ state: 'unavailable', why: 'CareLens cannot read this page. Browser pages and some sites do not let extensions in; PDFs open in CareLens’s viewer can be read.' });
      }
    })();
    return () => {
      live = false;
    };
  }, [reload]);

  const site = siteOf(tab);
  const siteOn = settings && site ? settings.enabled && !settings.disabledSites.includes(site) : false;
  /** In "only sites I allow" mode, a site the person has not allowed: nothing of CareLens runs there. */
  const notAllowed = !!settings && !!site && settings.readOn === 'allowed' && !settings.allowedSites.includes(site);
  const [refused, setRefused] = useState(false);
  /** The page reads now, without a reload, where it was not read before (src/background/reading.ts). */
  const readTabNow = async () => {
    if (tab?.id !== undefined) await browser.runtime.sendMessage({ type: READ_TAB, tabId: tab.id } satisfies ReadTabRequest).catch(() => undefined);
    // The page rescans (or clears its marks) when the setting changes: ask it again for what it now shows.
    setTimeout(() => setReload((n) => n + 1), 400);
  };
  const toggleSite = async () => {
    if (!settings || !site) return;
    const disabled = settings.disabledSites.includes(site);
    await update({
      disabledSites: disabled ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site],
    });
    await readTabNow();
  };
  const allowSite = () => {
    if (!settings || !site) return;
    // Asked in the click itself: the browser asks the person only during their own action.
    void browser.permissions.request({ origins: sitePatterns(site) }).then(async (granted) => {
      setRefused(!granted);
      if (!granted) return;
      await update({
        allowedSites: [...settings.allowedSites.filter((s) => s !== site), site],
        disabledSites: settings.disabledSites.filter((s) => s !== site),
      });
      await readTabNow();
    });
  };
  const reveal = (index: number) => {
    if (tab) void askTab(tab, { type: 'carelens:reveal', index }).catch(() => undefined);
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = PANELS.findIndex((p) => p.id === panel);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = PANELS[(i + step + PANELS.length) % PANELS.length]!;
    setPanel(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  const nation = settings?.nation ?? 'england-and-wales';
  const profile = settings?.profile ?? 'national';
  const matches = report.state === 'ready' ? report.report.matches : [];

  return (
    <main className="popup">
      <header>
        <h1>CareLens</h1>
        {notAllowed && (
          <div className="allow-site">
            <p>You let CareLens read only the sites you allow. It has not read this page.</p>
            <button type="button" onClick={allowSite}>
              Let CareLens read {site}
            </button>
            {refused && <p className="warning">The browser did not give CareLens access to {site}, so it still does not read it.</p>}
          </div>
        )}
        {site && settings && !notAllowed && (
          <label className="switch">
            <input type="checkbox" checked={siteOn} disabled={!settings.enabled} onChange={() => void toggleSite()} />
            {settings.enabled ? `On for ${site}` : 'CareLens is switched off everywhere (see options)'}
          </label>
        )}
      </header>
      <div role="tablist" aria-label="CareLens tools" className="tabs">
        {PANELS.map((p) => (
          <button
            key={p.id}
            id={`tab-${p.id}`}
            type="button"
            role="tab"
            aria-selected={panel === p.id}
            aria-controls={`panel-${p.id}`}
            tabIndex={panel === p.id ? 0 : -1}
            onClick={() => setPanel(p.id)}
            onKeyDown={onTabKey}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} className="panel" tabIndex={0}>
        <h2>{PANELS.find((p) => p.id === panel)!.label}</h2>
        {(panel === 'page' || panel === 'letter') && report.state === 'loading' && <p role="status">Reading the page…</p>}
        {(panel === 'page' || panel === 'letter') && report.state === 'unavailable' && !notAllowed && <p>{report.why}</p>}
        {panel === 'page' && report.state === 'ready' && !report.report.active && (
          <p className="warning">CareLens is switched off for this site, so nothing is marked. Switch it on above to see what is on the page.</p>
        )}
        {panel === 'page' && report.state === 'ready' && <PagePanel report={report.report} reveal={reveal} />}
        {panel === 'letter' && report.state === 'ready' && (
          <LetterPanel
            text={report.report.text}
            unsure={report.report.matches.flatMap((m) => (m.unsure !== undefined ? [{ start: m.start, end: m.end, confidence: m.unsure }] : []))}
            nation={nation}
            profile={profile}
            today={today}
            setNation={(n) => void update({ nation: n })}
          />
        )}
        {panel === 'calculator' && <Calculator nation={nation} profile={profile} setNation={(n) => void update({ nation: n })} />}
        {panel === 'lookup' && <LookupPanel />}
      </div>
      <OpenPdf />
      <footer>
        <LegalNote />
        <p>
          <a
            href={browser.runtime.getURL('/options.html')}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              e.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            Options: nation, what to mark, local procedures, sites switched off
          </a>
        </p>
      </footer>
    </main>
  );
}
