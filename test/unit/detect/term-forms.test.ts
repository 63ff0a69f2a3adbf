// Forms of a term that people write (issue 19): glossary forms with inflections, short forms only where the
// document settles them, and no glossary term made of an Act's or regulations' title words.
import { describe, expect, it } from 'vitest';
import { Scanner, scan, type Match } from '../../../src/core/detect/index';

type TermMatch = Extract<Match, { kind: 'term' }>;
const terms = (text: string) => (scan(text, { kinds: ['term'] }) as TermMatch[]).map((m) => [m.text, m.value.id]);

describe('term forms', () => {
  it('inflections: "privately fostered", "accommodated", bare "Article 8"', () => {
    expect(terms('A child who is privately fostered is cared for by a friend.')).toEqual([['privately fostered', 'private-fostering']]);
    expect(terms('Children accommodated by children’s services are looked after.')).toEqual([
      ['accommodated', 'section-20'],
      ['children’s services', 'childrens-social-care'],
      ['looked after', 'looked-after-child'],
    ]);
    expect(terms('Removal interferes with rights under Article 8 and Article 6.')).toEqual([
      ['Article 8', 'article-8'],
      ['Article 6', 'article-6'],
    ]);
  });

  it('"the Ombudsman" on a complaints page; not where nothing settles it', () => {
    expect(terms('If you are unhappy with our complaint response, ask the Ombudsman.')).toEqual([['Ombudsman', 'ombudsman']]);
    expect(terms('The Pensions Ombudsman publishes an annual report.')).toEqual([]);
  });

  it('"CAO" only where the page names one of the two orders it may mean, or defines it; never where it names both', () => {
    expect(terms('The court made a child arrangements order. The CAO says the children live with their mother.').at(-1)).toEqual(['CAO', 'child-arrangements-order']);
    expect(terms('The council may ask for a child assessment order. A CAO lasts up to 7 days.').at(-1)).toEqual(['CAO', 'child-assessment-order']);
    expect(terms('A CAO was mentioned in the letter.')).toEqual([]);
    const both = terms('CAO: either a child arrangements order or a child assessment order, so ask which.');
    expect(both.filter(([t]) => t === 'CAO')).toEqual([]);
    expect(terms('The local authority applied for a Child Assessment Order (CAO), and the CAO was made; a child arrangements order was not sought.').filter(([t]) => t === 'CAO')).toEqual([
      ['CAO', 'child-assessment-order'], // the use after the definition
    ]);
  });

  it('"IO" and "IP" where the document names the investigating officer and independent person', () => {
    const page = 'At Stage 2 an investigating officer (IO) and an independent person (IP) are appointed. The IO reports.';
    expect(terms(page).filter(([, id]) => id === 'statutory-complaints-procedure').map(([t]) => t)).toEqual([
      'investigating officer', 'IO', 'independent person', 'IP', 'IO',
    ]);
    expect(terms('The IP address and the IO port were logged.')).toEqual([]);
  });

  it("an Act's or regulations' title words are not a glossary term", () => {
    expect(terms('Under regulation 24 of the Care Planning, Placement and Case Review (England) Regulations 2010 a connected person may be approved.')).toEqual([
      ['connected person', 'kinship-care'],
    ]);
    expect(terms('the Special Guardianship Regulations 2005 apply to special guardianship support')).toEqual([
      ['special guardianship support', 'special-guardianship-order'],
    ]);
    // the whole name of the Act is still the term
    expect(terms('the Human Rights Act 1998')).toEqual([['Human Rights Act', 'human-rights-act']]);
  });

  it('an acronym the document defines marks the same term in its later bare uses', () => {
    expect(terms('We may hold a Family Network Meeting (FNM) first. At the FNM your relatives plan with you.')).toEqual([
      ['Family Network Meeting', 'family-group-conference'],
      ['FNM', 'family-group-conference'],
    ]);
    const lado = terms('Tell the Local Authority Designated Officer ("LADO") the same day. The LADO decides what follows.');
    expect(lado.filter(([t]) => t === 'LADO')).toEqual([['LADO', 'lado'], ['LADO', 'lado']]);
    const icpc = terms('An Initial Child Protection Conference (ICPC) is held within 15 working days. Parents attend the ICPC.');
    expect(icpc.map(([, id]) => id)).toEqual(['initial-child-protection-conference', 'initial-child-protection-conference', 'initial-child-protection-conference']);
  });

  it('an acronym nothing settles is not marked: not defined, defined as something else, or used before its definition', () => {
    expect(terms('At the FNM your relatives plan with you.')).toEqual([]);
    expect(terms('The Finance and Node Manager (FNM) signs off. The FNM is away.')).toEqual([]);
    expect(terms('Ask about the FNM. Later: a Family Network Meeting (FNM) may be held. The FNM decides.').map(([t]) => t)).toEqual(['Family Network Meeting', 'FNM']);
  });

  it('a defined acronym is still marked when the text arrives in pieces and is scanned ahead', () => {
    const filler = 'This paragraph is about something else entirely and has no terms in it at all.\n'.repeat(40);
    const text = `${filler}We may hold a Family Network Meeting (FNM) with your relatives.\n${filler}At the FNM you speak first.\n${filler}After the FNM we write to you.\n`;
    const whole = terms(text);
    expect(whole.filter(([t]) => t === 'FNM')).toHaveLength(2); // the bracketed one is the definition itself
    // the definition arrives only in a later piece: what was found ahead before it is redone
    for (const size of [500, 2000, 5000]) {
      const s = Scanner.open({ kinds: ['term'] });
      let early: Match[] = [];
      for (let at = 0; at < text.length; at += size) {
        s.append(text.slice(at, at + size));
        const r = s.scanAhead();
        if (r.restarted) early = [];
        early.push(...r.matches);
      }
      s.close();
      s.prepare();
      const found = [...(s.aheadKept ? early : []), ...s.scanTo(text.length)] as TermMatch[];
      expect(found.map((m) => [m.text, m.value.id]), `pieces of ${size}`).toEqual(whole);
    }
  });

  it('older and wrong names are marked as such; the right and current names are not', () => {
    const marked = (text: string) => (scan(text, { kinds: ['term'] }) as TermMatch[]).map((m) => [m.text, m.value.id, m.value.formerName]);
    expect(marked('She was on the child protection register in 2005; now she has a child protection plan.')).toEqual([
      ['child protection register', 'child-protection-plan', 'older'],
      ['child protection plan', 'child-protection-plan', undefined],
    ]);
    expect(marked('A CAF was done before the Early Help Assessment.')).toEqual([
      ['CAF', 'early-help', 'older'],
      ['Early Help Assessment', 'early-help', undefined],
    ]);
    expect(marked('The LSCB became the local safeguarding partnership.')).toEqual([
      ['LSCB', 'safeguarding-partners', 'older'],
      ['local safeguarding partnership', 'safeguarding-partners', undefined],
    ]);
    expect(marked('Is my son still on the register? The child protection register was replaced by plans.').map(([t, , f]) => [t, f])).toEqual([
      ['on the register', 'older'],
      ['child protection register', 'older'],
    ]);
    // nothing settles it: a social worker "on the register" of Social Work England
    expect(marked('If the social worker is not on the register, do not let them in.')).toEqual([]);
    expect(marked('PASSuk calls it a care protection plan.')).toEqual([['care protection plan', 'child-protection-plan', 'wrong']]);
    expect(marked('the Multi Agency Support Hub')).toEqual([['Multi Agency Support Hub', 'mash', 'wrong']]);
  });
});

