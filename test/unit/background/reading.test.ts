// Where the content script is registered: from the settings and what the browser granted.
import { describe, expect, it } from 'vitest';
import { contentScriptTargets } from '../../../src/background/reading';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../../../src/settings/settings';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const none = () => false;

describe('contentScriptTargets', () => {
  it('everywhere: every page, less the sites switched off, once the browser gave access to all sites', () => {
    expect(contentScriptTargets(settings({ disabledSites: ['a.example'] }), true, none)).toEqual({
      matches: ['http://*/*', 'https://*/*', 'file:///*'],
      excludeMatches: ['*://a.example/*'],
    });
    expect(contentScriptTargets(settings({}), false, none)).toBeNull();
  });

  it('only sites I allow: the allowed sites the browser granted, less those switched off', () => {
    const s = settings({ readOn: 'allowed', allowedSites: ['a.example', 'b.example', 'c.example'], disabledSites: ['b.example'] });
    // access to all sites (the test build has it from install) does not widen the choice
    expect(contentScriptTargets(s, true, (h) => h !== 'c.example')).toEqual({ matches: ['*://a.example/*'], excludeMatches: [] });
    expect(contentScriptTargets(settings({ readOn: 'allowed' }), true, () => true)).toBeNull();
  });

  it('switched off everywhere: nowhere', () => {
    expect(contentScriptTargets(settings({ enabled: false }), true, () => true)).toBeNull();
  });
});

describe('isActiveOn', () => {
  it('in "only sites I allow" mode, only the allowed sites', () => {
    const s = settings({ readOn: 'allowed', allowedSites: ['a.example'] });
    expect(isActiveOn(s, 'a.example')).toBe(true);
    expect(isActiveOn(s, 'b.example')).toBe(false);
    expect(isActiveOn(settings({}), 'b.example')).toBe(true);
  });
});
