import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { disciplineMethods } from './discipline-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'hr', displayName: 'Sari', roles: ['HR_OFFICER'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('discipline methods of the data provider', () => {
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

  const decided = {
    id: 'c1',
    status: 'DECIDED',
    version: 3,
    effectiveFrom: '2026-03-02',
    endDate: '2026-09-01',
    sanctionType: { id: 's4', code: 'POTONGAN_TUKIN_25_6', name: 'Pemotongan', level: 'SEDANG' },
  };

  it('decides a case without the empty effective day, so the API computes it, and returns the dates it computed', async () => {
    const fetch = answer({ data: { decideDisciplinaryCase: { case: decided } } });
    vi.stubGlobal('fetch', fetch);
    await expect(
      disciplineMethods.decideDisciplinaryCase('c1', 2, {
        sanctionTypeCode: 'POTONGAN_TUKIN_25_6',
        decreeNumber: '800/1/BKPSDM',
        decreeDate: '2026-02-06',
        effectiveFrom: '',
      }),
    ).resolves.toEqual({ data: decided });
    expect(sent(fetch).variables).toEqual({
      input: { id: 'c1', version: 2, sanctionTypeCode: 'POTONGAN_TUKIN_25_6', decreeNumber: '800/1/BKPSDM', decreeDate: '2026-02-06' },
    });
    expect(sent(fetch).query).toContain('fragment CaseAfterStep on DisciplinaryCase');
  });

  it('sends each step with the version it is based on', async () => {
    const activate = answer({ data: { activateDisciplinaryCase: { case: { ...decided, status: 'ACTIVE' } } } });
    vi.stubGlobal('fetch', activate);
    await expect(disciplineMethods.activateDisciplinaryCase('c1', 3)).resolves.toMatchObject({ data: { status: 'ACTIVE' } });
    expect(sent(activate).variables).toEqual({ input: { id: 'c1', version: 3 } });
    expect(sent(activate).query).toContain('activateDisciplinaryCase(input: $input)');

    const appeal = answer({ data: { decideSanctionAppeal: { case: { ...decided, status: 'REVOKED' } } } });
    vi.stubGlobal('fetch', appeal);
    await disciplineMethods.decideSanctionAppeal('c1', 4, {
      outcome: 'ANNULLED',
      decidedOn: '2026-03-20',
      note: 'Diterima',
      sanctionTypeCode: null,
    });
    expect(sent(appeal).variables).toEqual({
      input: { id: 'c1', version: 4, outcome: 'ANNULLED', decidedOn: '2026-03-20', note: 'Diterima' },
    });
  });

  it('reads the catalogues and sets who decides a level, an empty supervisor reach as null', async () => {
    const types = answer({ data: { sanctionTypes: [decided.sanctionType] } });
    vi.stubGlobal('fetch', types);
    await expect(disciplineMethods.sanctionTypes()).resolves.toEqual({ data: [decided.sanctionType] });

    const set = answer({
      data: { setDisciplineAuthority: { level: 'BERAT', roles: ['AGENCY_ADMIN'], supervisorLevels: null, isDefault: false } },
    });
    vi.stubGlobal('fetch', set);
    await disciplineMethods.setDisciplineAuthority({ level: 'BERAT', roles: ['AGENCY_ADMIN'], supervisorLevels: undefined });
    expect(sent(set).variables).toEqual({ input: { level: 'BERAT', roles: ['AGENCY_ADMIN'], supervisorLevels: null } });

    // The version the form loaded goes along, so a change saved meanwhile is refused.
    const based = answer({
      data: { setDisciplineAuthority: { level: 'SEDANG', roles: ['HR_OFFICER'], supervisorLevels: 1, isDefault: false, version: 3 } },
    });
    vi.stubGlobal('fetch', based);
    await disciplineMethods.setDisciplineAuthority({ level: 'SEDANG', roles: ['HR_OFFICER'], supervisorLevels: 1, version: 2 });
    expect(sent(based).variables).toEqual({ input: { level: 'SEDANG', roles: ['HR_OFFICER'], supervisorLevels: 1, version: 2 } });
  });

  it('turns a refusal by authority into an HttpError with the API message', async () => {
    const message = 'A SEDANG sanction is decided by AGENCY_ADMIN';
    vi.stubGlobal('fetch', answer({ errors: [{ message, extensions: { code: 'FORBIDDEN' } }] }));
    await expect(
      disciplineMethods.decideDisciplinaryCase('c1', 2, {
        sanctionTypeCode: 'POTONGAN_TUKIN_25_9',
        decreeNumber: '800/2',
        decreeDate: '2026-02-06',
      }),
    ).rejects.toMatchObject({ status: 403, message });
  });

  it('reads the reward catalogue once for the rewards pages and the follow-up: with code, name, activity and rules', async () => {
    const type = { id: 'r1', code: 'PIAGAM_PENGHARGAAN', name: 'Piagam', active: true, requiresCleanRecord: true, lookbackYears: 2 };
    const fetch = answer({ data: { rewardTypes: [type] } });
    vi.stubGlobal('fetch', fetch);
    await expect(disciplineMethods.rewardTypes()).resolves.toEqual({ data: [type] });
    const { query } = sent(fetch);
    for (const field of ['code', 'name', 'active', 'requiresCleanRecord', 'disqualifyingLevels']) expect(query).toContain(field);
  });
});
