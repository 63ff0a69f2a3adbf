// Run by timezone.test.ts under different TZ values: prints answers that must not depend on the zone.
import { addWorkingDays, calendar, check, dueDate, progress, todayISO } from '../../../src/core/deadlines/index';

const out = {
  tz: process.env.TZ,
  icpc: dueDate('icpc-15wd', '2026-03-27', { today: '2026-11-23' }).due,
  icpcText: dueDate('icpc-15wd', '2026-03-27', { today: '2026-11-23' }).dueText,
  clockChange: addWorkingDays('2026-10-23', 1),
  springChange: addWorkingDays('2026-03-27', 1),
  sar: dueDate('sar-1-month', '2026-01-31').due,
  rcpc: dueDate('rcpc-first', '2026-11-30').due,
  leap: dueDate('rcpc-first', '2023-11-29').due,
  hours: dueDate('police-protection-72h', '2026-03-27T14:30').dueTime,
  hoursBack: dueDate('police-protection-72h', '2026-10-23T09:00').dueTime,
  lgsco: dueDate('lgsco-12m', '2026-03-10').due,
  late: check('icpc-15wd', '2026-03-27', '2026-04-23').lateBy,
  progress: progress('icpc-15wd', '2026-03-27', '2026-04-14').elapsed,
  xmas: calendar('england-and-wales').holidays(2026).map((h) => h.date).join(','),
  todayShape: /^\d{4}-\d{2}-\d{2}$/.test(todayISO()),
};
process.stdout.write(JSON.stringify(out));
