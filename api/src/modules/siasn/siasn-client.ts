import type { SiasnConfig } from '../../config.js';
import { DomainError, ErrorCode } from '../../errors.js';

/** What a save answered: accepted with the id SIASN gave the record, or refused with its reason. */
export type SaveOutcome = { accepted: true; siasnId: string | null; message: string } | { accepted: false; message: string };

interface Token {
  value: string;
  expiresAt: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Tokens are renewed this long before SIASN says they expire. */
const EXPIRY_MARGIN_MS = 5_000;

/**
 * Client of the SIASN web service (docs/domain.md#siasn): two bearer tokens
 * (API gateway and SSO), renewed before expiry and again when SIASN answers
 * 401; requests spaced to the configured rate; 429, 5xx and network failures
 * retried with exponential backoff (429 after its Retry-After); reads unwrap
 * `{code, data}`, saves answer `{success, message, mapData}`. No database.
 */
export class SiasnClient {
  private gateway: Token | null = null;
  private sso: Token | null = null;
  private nextSlot = 0;

  constructor(
    private readonly config: SiasnConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** One person's master data (`GET /pns/data-utama/{nip}`); null when SIASN does not know the NIP. */
  async dataUtama(nip: string): Promise<Record<string, unknown> | null> {
    const body = await this.read(`/pns/data-utama/${encodeURIComponent(nip)}`);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  }

  /** Every unit of the reference tree (`GET /referensi/ref-unor`), page by page. */
  async refUnor(pageSize = 500): Promise<Record<string, unknown>[]> {
    const all: Record<string, unknown>[] = [];
    for (let page = 1; ; page++) {
      const data = await this.read(`/referensi/ref-unor?page=${page}&limit=${pageSize}`);
      const rows = (Array.isArray(data) ? data : ((data as { data?: unknown } | null)?.data ?? [])) as Record<string, unknown>[];
      all.push(...rows);
      if (rows.length < pageSize) return all;
    }
  }

  /** Saves one record (`POST /skp22/save` and the like). A validation refusal is an answer, not an error. */
  async save(endpoint: string, record: Record<string, unknown>): Promise<SaveOutcome> {
    const response = await this.request('POST', endpoint, record);
    const body = (await response.json().catch(() => null)) as { success?: boolean; message?: string; mapData?: unknown } | null;
    const message = String(body?.message ?? '');
    if (!response.ok || !body?.success) return { accepted: false, message: message || `HTTP ${response.status}` };
    return { accepted: true, siasnId: idOf(body.mapData), message };
  }

  private async read(path: string): Promise<unknown> {
    const response = await this.request('GET', path);
    if (response.status === 404) return null;
    const body = (await response.json().catch(() => null)) as { code?: number | string; data?: unknown } | null;
    if (!response.ok || !body) throw unavailable(`SIASN answered ${response.status} to GET ${path}`);
    // code 1 is success; anything else is SIASN saying it has no such record.
    return Number(body.code) === 1 ? (body.data ?? null) : null;
  }

  /**
   * One request with everything around it: rate, tokens, retries. Answers the
   * last response (a 4xx other than 401 and 429 is the caller's to read);
   * throws SERVICE_UNAVAILABLE when retries run out.
   */
  private async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const { maxRetries, backoffMs } = this.config;
    let renewed = false;
    let lastProblem = '';
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1));
      let response: Response;
      try {
        const [gateway, sso] = await Promise.all([this.gatewayToken(), this.ssoToken()]);
        await this.takeSlot();
        response = await this.fetchImpl(`${this.config.baseUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${gateway}`,
            auth: `bearer ${sso}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.config.timeoutMs),
        });
      } catch (error) {
        if (error instanceof DomainError) throw error;
        lastProblem = `${method} ${path} failed: ${(error as Error).message}`;
        continue;
      }
      if (response.status === 401 && !renewed) {
        // An expired or revoked token: renew both once, and try again at once.
        renewed = true;
        this.gateway = null;
        this.sso = null;
        attempt--;
        await response.body?.cancel();
        continue;
      }
      if (response.status === 429) {
        const wait = Number(response.headers.get('retry-after'));
        await response.body?.cancel();
        lastProblem = `SIASN asked to slow down (429) on ${method} ${path}`;
        if (Number.isFinite(wait) && wait > 0) await sleep(Math.min(wait * 1000, 60_000));
        continue;
      }
      if (response.status >= 500) {
        await response.body?.cancel();
        lastProblem = `SIASN answered ${response.status} to ${method} ${path}`;
        continue;
      }
      return response;
    }
    throw unavailable(`${lastProblem} (after ${maxRetries + 1} attempts)`);
  }

  /** Spaces requests to at most `requestsPerSecond`, also when several run at once. */
  private async takeSlot(): Promise<void> {
    const interval = 1000 / this.config.requestsPerSecond;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await sleep(slot - now);
  }

  private async gatewayToken(): Promise<string> {
    if (this.gateway && this.gateway.expiresAt > Date.now()) return this.gateway.value;
    this.gateway = await this.token(this.config.gatewayTokenUrl, {
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
    });
    return this.gateway.value;
  }

  private async ssoToken(): Promise<string> {
    if (this.sso && this.sso.expiresAt > Date.now()) return this.sso.value;
    this.sso = await this.token(this.config.ssoTokenUrl, {
      grant_type: 'password',
      client_id: this.config.clientId,
      username: this.config.username,
      password: this.config.password,
    });
    return this.sso.value;
  }

  private async token(url: string, form: Record<string, string>): Promise<Token> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      throw unavailable(`SIASN token endpoint failed: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => null)) as { access_token?: string; expires_in?: number } | null;
    if (!response.ok || !body?.access_token) throw unavailable(`SIASN refused the credentials (${response.status} from ${url})`);
    const lifetime = Number(body.expires_in ?? 3600) * 1000;
    return { value: body.access_token, expiresAt: Date.now() + Math.max(lifetime - EXPIRY_MARGIN_MS, 0) };
  }
}

/** The id in a save's `mapData`: `{rwKinerjaPeriodikId: "..."}`, `{id: "..."}` or the id itself. */
function idOf(mapData: unknown): string | null {
  if (typeof mapData === 'string' || typeof mapData === 'number') return String(mapData);
  if (mapData && typeof mapData === 'object') {
    const values = Object.values(mapData as Record<string, unknown>).filter((v) => typeof v === 'string' || typeof v === 'number');
    return values.length ? String(values[0]) : null;
  }
  return null;
}

function unavailable(message: string): DomainError {
  return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, message);
}
