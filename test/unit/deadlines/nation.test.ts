import { describe, expect, it } from 'vitest';
import { detectNation } from '../../../src/core/deadlines/index';

describe('detectNation', () => {
  it.each([
    ['The Welsh Government guidance under the Social Services and Well-being (Wales) Act 2014 applies.', 'wales'],
    ['Your child has been referred to the Children’s Reporter, who may arrange a Children’s Hearing. GIRFEC applies.', 'scotland'],
    ["The Reporter will decide whether to arrange a children's hearing in Scotland.", 'scotland'],
    ['The HSC Trust has duties under the Children (Northern Ireland) Order 1995.', 'northern-ireland'],
    ['Under the Children Order the Trust must investigate. Northern Ireland procedures apply.', 'northern-ireland'],
  ])('flags %s', (text, nation) => {
    const d = detectNation(text);
    expect(d.nation).toBe(nation);
    expect(d.message).toMatch(/other laws, procedures and timescales may apply/);
  });

  it.each([
    'The local authority will hold an initial child protection conference within 15 working days (Working Together 2023).',
    'We visited family in Wales last summer.',
    'A reporter from the local paper asked about the case.',
    'Our office in New South Wales is closed.',
    '',
  ])('does not flag %s', (text) => {
    expect(detectNation(text).nation).toBeNull();
  });

  it('does not flag an English document that mentions the other nations in passing', () => {
    const text =
      'This guidance applies in England. Wales, Scotland and Northern Ireland have their own guidance. ' +
      'Section 47 enquiries under the Children Act 1989 must start with a strategy discussion.';
    expect(detectNation(text).nation).toBeNull();
  });
});
