// Act codes that pages write in lower case: "gdpr" is the UK GDPR (real pages write it so), matched in any case;
// codes that are English words in lower case stay case-sensitive.
import { describe, expect, it } from 'vitest';
import { ACT_ALIASES } from '../../../src/core/knowledge/acts';
import { ACT_REFS, actMentions } from '../../../src/core/detect/act-names';
import { scan, type Match } from '../../../src/core/detect/index';

const mentions = (text: string) => actMentions(text, 0, text.length).map((m) => ({ text: text.slice(m.start, m.end), title: ACT_REFS[m.key]?.title }));
const sections = (text: string) => scan(text, { kinds: ['section'] }) as Extract<Match, { kind: 'section' }>[];

describe('act codes in lower case', () => {
  it('GDPR is an alias matched in any case', () => {
    const gdpr = ACT_ALIASES.filter((a) => a.alias.toLowerCase() === 'gdpr');
    expect(gdpr).toEqual([expect.objectContaining({ alias: 'GDPR', title: 'UK GDPR', caseSensitive: false })]);
  });

  it.each(['gdpr', 'GDPR', 'Gdpr', 'uk gdpr', 'UK GDPR'])('"%s" names the UK GDPR, once', (name) => {
    expect(mentions(`a request under the ${name} was made`)).toEqual([{ text: name, title: 'UK GDPR' }]);
  });

  it('an article of the "gdpr" is read as an article of the UK GDPR', () => {
    for (const text of ['you have a right of access under article 15 of the gdpr', 'you have a right of access under Article 15 of the UK GDPR']) {
      const found = sections(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]!.value).toMatchObject({ act: 'UK GDPR', section: '15', division: 'article' });
    }
  });

  it('"gdpr" inside a longer word is not a mention', () => {
    expect(mentions('see gdprs and xgdpr here')).toEqual([]);
  });

  it('codes that are words in lower case stay case-sensitive', () => {
    for (const code of ['PACE', 'DPA']) {
      const alias = ACT_ALIASES.find((a) => a.alias === code);
      expect(alias?.caseSensitive, code).toBe(true);
      expect(mentions(`at a ${code.toLowerCase()} that suits`), code).toEqual([]);
    }
  });
});
