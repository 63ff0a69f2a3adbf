// The options page: where CareLens reads (also the first-run page, options.html#welcome), nation, which kinds to
// mark, local procedure profile, sites switched off, PDFs in the viewer.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { NATIONS, NATION_LABELS } from '../../core/deadlines';
import type { MatchKind } from '../../core/detect/types';
import { sitePatterns, type ProfileId, type ReadOn, type Settings } from '../../settings/settings';
import { LegalNote } from '../common/LegalNote';
import { useSettings } from '../common/useSettings';
import '../popup/popup.css';

const KINDS: { kind: MatchKind; label: string }[] = [
  { kind: 'term', label: 'Terms (for example “child protection plan”, “ICPC”)' },
  { kind: 'section', label: 'Sections of the law (for example “section 47”)' },
  { kind: 'duration', label: 'Timescales (for example “within 15 working days”)' },
  { kind: 'date', label: 'Dates' },
];

const PROFILES: { id: ProfileId; label: string; note: string }[] = [
  { id: 'national', label: 'National guidance (England)', note: 'Working Together to Safeguard Children and the law. Right for most people.' },
  {
    id: 'cambridgeshire',
    label: 'Cambridgeshire',
    note: 'Uses Cambridgeshire’s own procedure where it sets its own timescales (for example for sharing reports before a conference).',
  },
];

const ALL_SITES = ['<all_urls>'];

/** Does the browser give CareLens access to every site? (Asked again when the grants change.) */
function useAllSites(): boolean | undefined {
  const [all, setAll] = useState<boolean>();
  useEffect(() => {
    const check = () => void browser.permissions.contains({ origins: ALL_SITES }).then(setAll, () => setAll(false));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return all;
}

/**
 * "Where CareLens reads": everywhere (the browser asks once for access to all sites) or only the sites the person
 * allows from the toolbar button (the browser asks for each one). Choosing "only" gives the access to all sites back.
 */
function WhereItReads({ settings, update, welcome }: { settings: Settings; update: (patch: Partial<Settings>) => Promise<void>; welcome: boolean }) {
  const allSites = useAllSites();
  const [refused, setRefused] = useState(false);
  const choose = (readOn: ReadOn) => {
    setRefused(false);
    if (readOn === 'everywhere') {
      // asked in the click itself: the browser asks the person only during their own action
      void browser.permissions.request({ origins: ALL_SITES }).then(async (granted) => {
        if (granted) await update({ readOn });
        else setRefused(true);
      });
    } else {
      void update({ readOn }).then(() => browser.permissions.remove({ origins: ALL_SITES }).catch(() => false));
    }
  };
  const forget = (site: string) => {
    void update({ allowedSites: settings.allowedSites.filter((s) => s !== site) }).then(() =>
      browser.permissions.remove({ origins: sitePatterns(site) }).catch(() => false),
    );
  };
  const everywhere = settings.readOn === 'everywhere';
  return (
    <fieldset aria-describedby="where-note">
      <legend>Where CareLens reads</legend>
      <p id="where-note" className="muted">
        {welcome
          ? 'Welcome. Before CareLens can mark anything, choose where it may read pages. You can change this here at any time.'
          : 'CareLens reads a page only to mark it on your computer; nothing is sent anywhere.'}
      </p>
      <label className="check">
        <input type="radio" name="read-on" checked={everywhere} onChange={() => choose('everywhere')} />
        <span>
          Everywhere
          <span className="item-line">
            CareLens reads every page you open and marks what it finds. The browser asks you once to let CareLens “read and change” all sites.
          </span>
        </span>
      </label>
      <label className="check">
        <input type="radio" name="read-on" checked={!everywhere} onChange={() => choose('allowed')} />
        <span>
          Only on the sites I allow
          <span className="item-line">
            CareLens reads nothing until you allow a site: open a page of that site, press the CareLens button in the toolbar and choose “Let
            CareLens read”. The browser asks you about that one site. Other sites never see CareLens.
          </span>
        </span>
      </label>
      {everywhere && allSites === false && !refused && (
        <p className="warning">The browser has not given CareLens access to sites yet, so it reads nothing. Choose “Everywhere” again to be asked.</p>
      )}
      {refused && <p className="warning">The browser did not give CareLens access to all sites. Nothing changed.</p>}
      {!everywhere && (
        <section aria-labelledby="sites-allowed">
          <h3 id="sites-allowed">Sites you allowed</h3>
          {settings.allowedSites.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul className="sites">
              {settings.allowedSites.map((site) => (
                <li key={site}>
                  <span>{site}</span>{' '}
                  <button type="button" aria-label={`Stop CareLens reading ${site}`} onClick={() => forget(site)}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </fieldset>
  );
}

export function Options() {
  const [settings, update] = useSettings();
  const welcome = typeof location !== 'undefined' && location.hash === '#welcome';
  if (!settings) {
    return (
      <main className="options">
        <h1>CareLens options</h1>
        <p role="status">Loading…</p>
      </main>
    );
  }
  return (
    <main className="options">
      <h1>CareLens options</h1>
      <p>Changes are saved straight away and kept on this computer only.</p>

      <WhereItReads settings={settings} update={update} welcome={welcome} />

      <fieldset>
        <legend>CareLens</legend>
        <label className="check">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => void update({ enabled: e.target.checked })} />
          Mark pages and letters (switch off to stop CareLens everywhere)
        </label>
      </fieldset>

      <fieldset>
        <legend>Whose bank holidays count</legend>
        <p className="muted">Working days skip weekends and the bank holidays of the nation you choose. The rules themselves are England’s unless a card says otherwise.</p>
        {NATIONS.map((n) => (
          <label key={n} className="check">
            <input type="radio" name="nation" value={n} checked={settings.nation === n} onChange={() => void update({ nation: n })} />
            {NATION_LABELS[n]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>What to mark on pages</legend>
        {KINDS.map(({ kind, label }) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) => void update({ kinds: { ...settings.kinds, [kind]: e.target.checked } })}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Local procedures</legend>
        {PROFILES.map((p) => (
          <label key={p.id} className="check">
            <input type="radio" name="profile" value={p.id} checked={settings.profile === p.id} onChange={() => void update({ profile: p.id })} />
            <span>
              {p.label}
              <span className="item-line">{p.note}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>PDF letters</legend>
        <label className="check">
          <input type="checkbox" checked={settings.openPdfsInViewer} onChange={(e) => void update({ openPdfsInViewer: e.target.checked })} />
          Open PDFs from websites in CareLens’s reader, so they can be marked and explained
        </label>
      </fieldset>

      <section aria-labelledby="sites-off">
        <h2 id="sites-off">Sites where CareLens is switched off</h2>
        {settings.disabledSites.length === 0 ? (
          <p>None. You can switch CareLens off for a site from its button in the toolbar.</p>
        ) : (
          <ul className="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>{' '}
                <button type="button" aria-label={`Switch CareLens back on for ${site}`} onClick={() => void update({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer>
        <LegalNote />
      </footer>
    </main>
  );
}
