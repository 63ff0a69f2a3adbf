// The detector reads act names from the knowledge base (ACT_ALIASES): every alias is recognised as its act.
import { describe, expect, it } from 'vitest';
import { ACT_ALIASES } from '../../../src/core/detect/act-names';
import { ACT_REFS, actMentions } from '../../../src/core/detect/act-names';
import { scan, type Match } from '../../../src/core/detect/index';

describe('act names come from the knowledge base', () => {
  it('every alias and title of ACT_ALIASES is found whole, as its act (ambiguous ones left to context)', () => {
    const wrong: string[] = [];
    for (const a of ACT_ALIASES) {
      const text = `see ${a.alias} here`;
      const m = actMentions(text, 0, text.length).find((x) => x.start === 4);
      if (!m || m.end !== 4 + a.alias.length) {
        wrong.push(`${a.alias}: ${m ? `[${m.start},${m.end})` : 'not found'}`);
        continue;
      }
      if (a.ambiguous) {
        if (!m.key.startsWith('@')) wrong.push(`${a.alias}: ambiguous but resolved to ${m.key}`);
      } else if (ACT_REFS[m.key]?.title !== a.title) wrong.push(`${a.alias}: ${ACT_REFS[m.key]?.title} instead of ${a.title}`);
    }
    expect(wrong).toEqual([]);
  });

  it('spelling slack: possessive, comma, hyphen, bracketed year, dotted codes', () => {
    const act = (text: string) => (scan(text, { kinds: ['section'] }) as Extract<Match, { kind: 'section' }>[])[0]?.value;
    expect(act('under section 47 of the Childrens Act (1989)')).toMatchObject({ act: 'Children Act 1989', assumed: false });
    const text = 'the Care Planning Placement and Case Review Regulations 2010 say';
    expect(actMentions(text, 0, text.length)[0]).toMatchObject({ start: 4, end: 60 });
    expect(ACT_REFS[actMentions(text, 0, text.length)[0]!.key]?.title).toBe('Care Planning, Placement and Case Review (England) Regulations 2010');
    expect(act('section 76 of the Social Services and Wellbeing (Wales) Act')).toMatchObject({ act: 'Social Services and Well-being (Wales) Act 2014' });
    expect(act('s17 C.A 1989')).toMatchObject({ act: 'Children Act 1989', assumed: false });
    expect(act('Article 8 of the European Convention on Human Rights')).toMatchObject({ act: 'Human Rights Act 1998', division: 'article' });
  });

  it('a year-less alias does not swallow another act\'s year', () => {
    expect(scan('section 11 of the Children Act 2004', { kinds: ['section'] })[0]?.value).toMatchObject({ act: 'Children Act 2004' });
    expect(scan('section 17 of the Children Act', { kinds: ['section'] })[0]?.value).toMatchObject({ act: 'Children Act 1989', assumed: false });
  });
});
