import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { communityMethods } from './community-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'hr', displayName: 'Sari', roles: ['HR_OFFICER'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('survey and complaint methods of the data provider', () => {
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

  const survey = { id: 's1', status: 'CLOSED', version: 3, openedAt: later, closedAt: later, updatedAt: later };

  it('opens and closes a survey with its version, and reads its IKM', async () => {
    const open = answer({ data: { openSurvey: { survey: { ...survey, status: 'OPEN' } } } });
    vi.stubGlobal('fetch', open);
    await communityMethods.openSurvey('s1', 1);
    expect(sent(open).variables).toEqual({ input: { id: 's1', version: 1 } });
    expect(sent(open).query).toContain('fragment SurveyAfterStep on Survey');
    expect(fetchHeaders(open)).toMatchObject({ Authorization: 'Bearer a-token' });

    const close = answer({ data: { closeSurvey: { survey, realizationsUpdated: 4 } } });
    vi.stubGlobal('fetch', close);
    await expect(communityMethods.closeSurvey('s1', 2)).resolves.toEqual({ data: survey, realizationsUpdated: 4 });

    const ikm = { ikm: 80.5, category: 'B', respondents: 3, belowMinimumSample: true, elements: [] };
    const reading = answer({ data: { ikm } });
    vi.stubGlobal('fetch', reading);
    await expect(communityMethods.getSurveyIkm('s1')).resolves.toEqual({ data: ikm });
    expect(sent(reading).variables).toEqual({ surveyId: 's1' });
  });

  it('sends each workflow step of a complaint with only the given changes', async () => {
    const complaint = { id: 'c1', status: 'VERIFIED', version: 2, dueDate: '2026-12-01', overdue: false, updatedAt: later };
    const verify = answer({ data: { verifyComplaint: { complaint } } });
    vi.stubGlobal('fetch', verify);
    await communityMethods.verifyComplaint('c1', 1);
    expect(sent(verify).variables).toEqual({ input: { id: 'c1', version: 1 } });

    const correcting = answer({ data: { verifyComplaint: { complaint } } });
    vi.stubGlobal('fetch', correcting);
    await communityMethods.verifyComplaint('c1', 1, { category: 'ASPIRASI', unitId: 'u1', employeeId: null });
    expect(sent(correcting).variables).toEqual({ input: { id: 'c1', version: 1, category: 'ASPIRASI', unitId: 'u1' } });

    const assign = answer({ data: { assignComplaint: { complaint } } });
    vi.stubGlobal('fetch', assign);
    await communityMethods.assignComplaint('c1', 2, 'u1');
    expect(sent(assign).variables).toEqual({ input: { id: 'c1', version: 2, unitId: 'u1' } });

    const reject = answer({ data: { rejectComplaint: { complaint } } });
    vi.stubGlobal('fetch', reject);
    await communityMethods.rejectComplaint('c1', 2, 'Bukan kewenangan');
    expect(sent(reject).variables).toEqual({ input: { id: 'c1', version: 2, reason: 'Bukan kewenangan' } });

    const respond = answer({ data: { respondToComplaint: { response: { id: 'r1' } } } });
    vi.stubGlobal('fetch', respond);
    await communityMethods.respondToComplaint('c1', 'Sedang kami tangani', true);
    expect(sent(respond).variables).toEqual({ input: { complaintId: 'c1', text: 'Sedang kami tangani', isPublic: true } });
  });

  it('turns a refused step into an HttpError with the API code', async () => {
    vi.stubGlobal('fetch', answer({ errors: [{ message: 'Stale', extensions: { code: 'CONFLICT' } }] }));
    await expect(communityMethods.closeComplaint('c1', 1)).rejects.toMatchObject({ status: 409, message: 'Stale' });
  });
});

const fetchHeaders = (fetch: ReturnType<typeof answer>) => fetch.mock.calls[0][1].headers;
