// The options page: nation, which kinds to mark, local procedure profile, sites switched off, PDFs in the viewer.
import { NATIONS, NATION_LABELS } from '../../core/deadlines';
import type { MatchKind } from '../../core/detect/types';
import type { ProfileId } from '../../settings/settings';
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

export function Options() {
  const [settings, update] = useSettings();
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
