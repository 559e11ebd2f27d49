import { HttpError } from 'react-admin';
import { authHeaders } from '../session';
import { listFilterOf } from './build-query';
import { reasonMessage } from './errors';

/** The file routes answer a code without a reason: the reason each code implies, to say it in the console's language. */
const REASON_OF_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'AUTHENTICATION_REQUIRED',
  FORBIDDEN: 'NOT_ALLOWED',
  NOT_FOUND: 'NOT_FOUND',
};

/** Where the API serves files: beside /graphql (same origin as the console). */
const EXPORTS_URL: string = import.meta.env.VITE_EXPORTS_URL ?? '/exports';

export type ExportedFile = { blob: Blob; fileName: string };

export type ExportMethods = {
  /** `GET /exports/<list>.xlsx` with the list's current filter (as its GraphQL filter) and language. */
  exportListXlsx(resource: string, filterValues: Record<string, unknown>, lang: string): Promise<ExportedFile>;
  /** `GET /exports/<path>` (a plan's evaluation or a period's report as PDF). */
  exportDocument(path: string, query: Record<string, string | undefined>): Promise<ExportedFile>;
};

const download = async (path: string, query: Record<string, string | undefined>): Promise<ExportedFile> => {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const response = await fetch(`${EXPORTS_URL}/${path}${params.size ? `?${params}` : ''}`, { headers: authHeaders() });
  if (!response.ok) {
    type FileError = { message: string; extensions?: { code?: string; reason?: string; params?: Record<string, string | number> } };
    const body = (await response.json().catch(() => ({}))) as { errors?: FileError[] };
    const error = body.errors?.[0];
    const code = error?.extensions?.code;
    const reason = error?.extensions?.reason ?? (code ? REASON_OF_CODE[code] : undefined);
    const message = reasonMessage(reason, error?.extensions?.params, error?.message ?? `HTTP ${response.status}`);
    throw new HttpError(message, response.status, { code });
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').pop()!;
  return { blob: await response.blob(), fileName };
};

export const exportMethods: ExportMethods = {
  exportListXlsx: (resource, filterValues, lang) => {
    const filter = listFilterOf(resource, filterValues);
    return download(`${resource}.xlsx`, { lang, filter: filter && Object.keys(filter).length ? JSON.stringify(filter) : undefined });
  },
  exportDocument: download,
};
