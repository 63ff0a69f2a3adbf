// Date-only arithmetic must not depend on the machine's time zone or on summer time.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function probe(tz: string): Promise<Record<string, unknown>> {
  const { stdout } = await run('npx', ['tsx', 'test/unit/deadlines/tz-probe.ts'], {
    env: { ...process.env, TZ: tz },
    cwd: process.cwd(),
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const EXPECTED = {
  icpc: '2026-04-21',
  icpcText: 'Tuesday 21 April 2026',
  clockChange: '2026-10-26',
  springChange: '2026-03-30',
  sar: '2026-03-02',
  rcpc: '2027-02-28',
  leap: '2024-02-29',
  hours: '2026-03-30T15:30+01:00',
  hoursBack: '2026-10-26T08:00+00:00',
  lgsco: '2027-03-09',
  late: 2,
  progress: 10,
  xmas: '2026-01-01,2026-04-03,2026-04-06,2026-05-04,2026-05-25,2026-08-31,2026-12-25,2026-12-28',
  todayShape: true,
};

describe.concurrent('time zones', () => {
  for (const tz of ['UTC', 'Europe/London', 'Pacific/Auckland', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`same answers with TZ=${tz}`, async () => {
      const got = await probe(tz);
      expect(got.tz).toBe(tz);
      const { tz: _tz, ...rest } = got;
      expect(rest).toEqual(EXPECTED);
    }, 60_000);
  }
});
