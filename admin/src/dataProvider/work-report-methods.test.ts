import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { workReportMethods } from './work-report-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'kasi', displayName: 'Budi', roles: ['SUPERVISOR'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('work report and feedback methods of the data provider', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    });
    saveSession({ token: 'a-token', expiresAt: later, user });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const report = { id: 'wr1', status: 'APPROVED', version: 2, reviewComment: null, reviewedAt: later, updatedAt: later };

  it('approves with a remark only when one is given, and returns with the comment', async () => {
    const approve = answer({ data: { approveWorkReport: { report } } });
    vi.stubGlobal('fetch', approve);
    await expect(workReportMethods.approveWorkReport('wr1', 1)).resolves.toEqual({ data: report });
    expect(sent(approve).variables).toEqual({ input: { id: 'wr1', version: 1 } });
    expect(sent(approve).query).toContain('fragment WorkReportAfterStep on WorkReport');

    const withRemark = answer({ data: { approveWorkReport: { report } } });
    vi.stubGlobal('fetch', withRemark);
    await workReportMethods.approveWorkReport('wr1', 1, 'Bagus');
    expect(sent(withRemark).variables).toEqual({ input: { id: 'wr1', version: 1, comment: 'Bagus' } });

    const back = answer({ data: { returnWorkReport: { report: { ...report, status: 'RETURNED' } } } });
    vi.stubGlobal('fetch', back);
    await workReportMethods.returnWorkReport('wr1', 1, 'Lampirkan bukti');
    expect(sent(back).variables).toEqual({ input: { id: 'wr1', version: 1, comment: 'Lampirkan bukti' } });
  });

  it('comments, reads the queue by page, and gives feedback on a plan', async () => {
    const comment = { id: 'c1', reportId: 'wr1', authorName: 'Budi', text: 'Oke', createdAt: later };
    const commenting = answer({ data: { commentOnWorkReport: { comment } } });
    vi.stubGlobal('fetch', commenting);
    await expect(workReportMethods.commentOnWorkReport('wr1', 'Oke')).resolves.toEqual({ data: comment });
    expect(sent(commenting).variables).toEqual({ input: { reportId: 'wr1', text: 'Oke' } });

    const queue = answer({ data: { workReportQueue: { totalCount: 30, nodes: [] } } });
    vi.stubGlobal('fetch', queue);
    await expect(workReportMethods.getWorkReportQueue(2, 25)).resolves.toEqual({ data: [], total: 30 });
    expect(sent(queue).variables).toEqual({ first: 25, offset: 25 });

    const feedback = { id: 'f1', planId: 'pl1', type: 'APRESIASI', text: 'Terima kasih', authorName: 'Budi', createdAt: later };
    const giving = answer({ data: { giveFeedback: { feedback } } });
    vi.stubGlobal('fetch', giving);
    await expect(workReportMethods.giveFeedback('pl1', 'APRESIASI', 'Terima kasih')).resolves.toEqual({ data: feedback });
    expect(sent(giving).variables).toEqual({ input: { planId: 'pl1', type: 'APRESIASI', text: 'Terima kasih' } });
  });
});
