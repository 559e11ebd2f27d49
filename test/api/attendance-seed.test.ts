import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLIDAYS_2026, seedDemoCalendar } from '../../api/src/seed/demo-calendar.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

/** The demo seed's national days of 2026, as every agency sees them. */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('the 2026 holidays of the demo seed', () => {
  it('are national days that take the holidays and collective leave out of each month', async () => {
    await seedDemoCalendar(app.orm.em.fork());
    const { agency } = await createAgency(app);
    const { token } = await actor(app, [Role.HR_OFFICER], agency);
    const year = await app.gql<{ holidays: { totalCount: number } }>(
      `query { holidays(filter: { year: 2026, agencyId: { isNull: true } }) { totalCount } }`,
      {},
      { token },
    );
    expect(year.data?.holidays.totalCount).toBe(HOLIDAYS_2026.length);
    const months = await app.gql<Record<string, { count: number }>>(
      `query { march: workingDays(month: "2026-03") { count } may: workingDays(month: "2026-05") { count } december: workingDays(month: "2026-12") { count } }`,
      {},
      { token },
    );
    expect(months.errors).toBeUndefined();
    // March: 22 weekdays less 18, 19, 20, 23, 24. May: 21 less 1, 14, 15, 27, 28. December: 23 less 24, 25.
    expect(months.data).toEqual({ march: { count: 17 }, may: { count: 16 }, december: { count: 21 } });
  });
});
