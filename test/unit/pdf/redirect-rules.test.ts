import { describe, expect, it } from 'vitest';
import { isPdfResponse, pdfRules } from '../../../src/background/pdf-redirect';

const base = 'chrome-extension://abc/viewer.html';

describe('PDF redirect rules', () => {
  it('are empty when the user turned redirection off', () => {
    expect(pdfRules(base, false, ['http://h/a.pdf'])).toEqual([]);
  });

  it('redirect top-level PDF responses (by Content-Type, and by .pdf name with a generic type) to ?src=<verbatim URL>', () => {
    const rules = pdfRules(base, true, []);
    expect(rules).toHaveLength(2);
    for (const rule of rules) {
      expect(rule.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${base}?src=\\0` } });
      expect(rule.condition.resourceTypes).toEqual(['main_frame']);
      expect(rule.condition.excludedResponseHeaders).toEqual([{ header: 'content-disposition', values: ['attachment*'] }]);
    }
    expect(rules[0]!.condition.responseHeaders![0]!.values).toContain('application/pdf*');
    const byName = new RegExp(rules[1]!.condition.regexFilter!);
    expect(byName.test('https://council.gov.uk/letters/Letter%20to%20parent.PDF')).toBe(true);
    expect(byName.test('https://council.gov.uk/download.pdf?id=4&v=2')).toBe(true);
    expect(byName.test('https://council.gov.uk/page.html?file=a.pdf')).toBe(false);
    expect(rules[1]!.condition.responseHeaders![0]!.values).toContain('application/octet-stream*');
  });

  it('let the browser show an address the user sent to its own viewer, at both stages, matching exactly', () => {
    const url = 'http://127.0.0.1:9/a+b (1).pdf?x=1&y=[2]#page=3';
    const rules = pdfRules(base, true, [url]);
    const allow = rules.filter((r) => r.action.type === 'allow');
    expect(allow).toHaveLength(2);
    expect(allow.every((r) => r.priority! > 1)).toBe(true);
    expect(allow.some((r) => r.condition.responseHeaders)).toBe(true);
    const re = new RegExp(allow[0]!.condition.regexFilter!);
    expect(re.test('http://127.0.0.1:9/a+b (1).pdf?x=1&y=[2]')).toBe(true);
    expect(re.test('http://127.0.0.1:9/aab (1).pdf?x=1&y=[2]')).toBe(false);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});

describe("Firefox's redirect decision (webRequest, the same two cases as the rules)", () => {
  const type = (value: string) => [{ name: 'Content-Type', value }];
  it('opens a response sent as a PDF, whatever its address', () => {
    expect(isPdfResponse('https://council.gov.uk/download?id=4', type('application/pdf'))).toBe(true);
    expect(isPdfResponse('https://council.gov.uk/download?id=4', type('Application/PDF; charset=binary'))).toBe(true);
    expect(isPdfResponse('https://council.gov.uk/d', type('application/x-pdf'))).toBe(true);
  });
  it('opens a .pdf address sent as generic binary data, and nothing else sent that way', () => {
    expect(isPdfResponse('https://council.gov.uk/letters/Letter%20to%20parent.PDF', type('application/octet-stream'))).toBe(true);
    expect(isPdfResponse('https://council.gov.uk/download.pdf?id=4&v=2', type('binary/octet-stream'))).toBe(true);
    expect(isPdfResponse('https://council.gov.uk/page.html?file=a.pdf', type('application/octet-stream'))).toBe(false);
    expect(isPdfResponse('https://council.gov.uk/a.pdf', type('text/html; charset=utf-8'))).toBe(false);
  });
  it('leaves downloads the server asked for alone', () => {
    const headers = [...type('application/pdf'), { name: 'content-disposition', value: 'attachment; filename="a.pdf"' }];
    expect(isPdfResponse('https://council.gov.uk/a.pdf', headers)).toBe(false);
    const inline = [...type('application/pdf'), { name: 'Content-Disposition', value: 'inline; filename="a.pdf"' }];
    expect(isPdfResponse('https://council.gov.uk/a.pdf', inline)).toBe(true);
  });
  it('needs a Content-Type to decide', () => {
    expect(isPdfResponse('https://council.gov.uk/a.pdf', [])).toBe(false);
  });
});
