import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { previewCsv } from '../resources/employees/employee-import';
import { saveSession } from '../session';
import { employeeMethods } from './employee-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'admin', displayName: 'Admin', roles: ['SUPER_ADMIN'], agencyId: null };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const HEADER = 'nip,employment_type,front_title,name,back_title,unit_code,position,golongan,pppk_grade,status,email,phone,effective_date';

describe('employee methods of the data provider', () => {
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

  it('sends the file, the agency and the dry-run flag, and returns the summary', async () => {
    const fetch = answer({ data: { importEmployees: { rows: 2, created: 0, dryRun: true } } });
    vi.stubGlobal('fetch', fetch);
    const csv = `${HEADER}\n199001012015012007,PNS,,Dewi Lestari,,KEC-RAKUMPIT,,II/c,,,,,`;
    await expect(employeeMethods.importEmployees({ agencyId: 'QWdlbmN5OjE=', csv, dryRun: true })).resolves.toEqual({
      data: { rows: 2, created: 0, dryRun: true },
    });
    const [, init] = fetch.mock.calls[0];
    const body = JSON.parse(String(init.body)) as { query: string; variables: unknown };
    expect(body.query).toMatch(/importEmployees\(input: \$input\)/);
    expect(body.variables).toEqual({ input: { agencyId: 'QWdlbmN5OjE=', csv, dryRun: true } });
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer a-token');
  });

  it("leaves the agency out for the user's own and imports for real by default", async () => {
    const fetch = answer({ data: { importEmployees: { rows: 1, created: 1, dryRun: false } } });
    vi.stubGlobal('fetch', fetch);
    await employeeMethods.importEmployees({ csv: HEADER });
    const body = JSON.parse(String(fetch.mock.calls[0][1].body)) as { variables: unknown };
    expect(body.variables).toEqual({ input: { agencyId: null, csv: HEADER, dryRun: false } });
  });

  it('passes the row errors and their total through on a refused file', async () => {
    const rowErrors = [{ row: 3, column: 'nip', message: 'Invalid birth date in the NIP' }];
    vi.stubGlobal(
      'fetch',
      answer({
        data: null,
        errors: [
          {
            message: 'The file has 12 problems; nothing was imported',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.csv', rowErrors, rowErrorCount: 12 },
          },
        ],
      }),
    );
    await expect(employeeMethods.importEmployees({ csv: HEADER })).rejects.toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', rowErrors, rowErrorCount: 12, errors: { csv: 'The file has 12 problems; nothing was imported' } },
    });
  });
});

describe('the preview of an import file', () => {
  it('reads the header as the API does and counts the data rows', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `1990010120150120${String(i).padStart(2, '0')},PNS,,Pegawai ${i},,KEC-A,,II/c,,,,,`);
    const preview = previewCsv(`\uFEFF${HEADER.replace('nip', ' NIP ')}\n${rows.join('\n')}\n\n`);
    expect(preview.columns[0]).toBe('nip');
    expect(preview.rowCount).toBe(12);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toMatchObject({ nip: '199001012015012000', name: 'Pegawai 0' });
    expect(preview.missing).toEqual([]);
  });

  it('names the required columns the header lacks', () => {
    expect(previewCsv('nip,name,salary\n199001012015012007,Dewi,100').missing).toEqual(['employment_type', 'unit_code']);
  });
});
