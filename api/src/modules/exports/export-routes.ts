import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { DomainError } from '../../errors.js';
import { runInScope, type RequestScope } from '../../request-context.js';
import { AuthService } from '../auth/auth.service.js';
import { allowanceSheetPdf, allowanceSheetXlsx } from './allowance-sheet.js';
import { exportLanguage } from './labels.js';
import { planEvaluationPdf, unitReportPdf } from './pdf-documents.js';
import { QueryError, queryRunner, type RunQuery } from './run-query.js';
import { buildWorkbook, fetchAll, LIST_EXPORTS } from './xlsx-lists.js';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Files for people and spreadsheets, read through the GraphQL schema as the bearer of the token:
 * `GET /exports/<list>.xlsx`, `GET /exports/plans/<id>/evaluation.pdf`, `GET /exports/periods/<id>/report.pdf`,
 * `GET /exports/allowance-sheets/<id>/sheet.xlsx|pdf`.
 * Errors answer JSON with the API's codes and the matching HTTP status.
 */
export function exportRoutes(options: { orm: MikroORM; config: Config; logger: Logger; schema: GraphQLSchema }) {
  const router = express.Router();

  const handle =
    (produce: (run: RunQuery, req: Request) => Promise<{ bytes: Uint8Array; fileName: string; type: string }>) =>
    async (req: Request, res: Response) => {
      const scope: RequestScope = {
        requestId: res.locals.requestId as string,
        actor: null,
        operation: `export ${req.path}`,
        sqlStatements: 0,
      };
      res.locals.scope = scope;
      await runInScope(scope, async () => {
        try {
          const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
          if (!match) throw new QueryError('UNAUTHENTICATED', 'Authentication required: send "Authorization: Bearer <token>"');
          const em = options.orm.em.fork();
          scope.actor = (await new AuthService(em, options.config).actorForToken(match[1]!)).actor;
          const run = queryRunner({ ...options, em, scope, clientAddress: req.ip ?? null });
          const file = await produce(run, req);
          if (options.config.exposeSqlCount) res.setHeader('x-sql-statements', String(scope.sqlStatements));
          res.setHeader('Content-Type', file.type);
          res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
          res.setHeader('Cache-Control', 'no-store');
          res.send(Buffer.from(file.bytes));
        } catch (error) {
          const code = error instanceof QueryError || error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR';
          if (code === 'INTERNAL_SERVER_ERROR') options.logger.error({ err: error }, 'export failed');
          const message = code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : (error as Error).message;
          res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });
        }
      });
    };

  router.get(
    '/exports/:file',
    handle(async (run, req) => {
      const [, name] = /^([A-Za-z]+)\.xlsx$/.exec(String(req.params.file)) ?? [];
      const list = name ? LIST_EXPORTS[name] : undefined;
      if (!name || !list)
        throw new QueryError(
          'NOT_FOUND',
          `No such export; lists: ${Object.keys(LIST_EXPORTS)
            .map((key) => `${key}.xlsx`)
            .join(', ')}`,
        );
      let filter: unknown = null;
      if (typeof req.query.filter === 'string' && req.query.filter !== '') {
        try {
          filter = JSON.parse(req.query.filter);
        } catch {
          throw new QueryError('BAD_USER_INPUT', 'filter must be a JSON object, as the list’s filter argument');
        }
      }
      const lang = exportLanguage(req.query.lang);
      const rows = await fetchAll(run, list, filter);
      return { bytes: await buildWorkbook(list, rows, lang), fileName: `${name}.xlsx`, type: XLSX_TYPE };
    }),
  );

  router.get(
    '/exports/plans/:id/evaluation.pdf',
    handle(async (run, req) => ({
      ...(await planEvaluationPdf(run, String(req.params.id), exportLanguage(req.query.lang))),
      type: 'application/pdf',
    })),
  );

  router.get(
    '/exports/periods/:id/report.pdf',
    handle(async (run, req) => ({
      ...(await unitReportPdf(
        run,
        String(req.params.id),
        typeof req.query.unitId === 'string' && req.query.unitId ? req.query.unitId : null,
        exportLanguage(req.query.lang),
      )),
      type: 'application/pdf',
    })),
  );

  const unitOf = (req: Request) => (typeof req.query.unitId === 'string' && req.query.unitId ? req.query.unitId : null);
  router.get(
    '/exports/allowance-sheets/:id/sheet.xlsx',
    handle(async (run, req) => ({
      ...(await allowanceSheetXlsx(run, String(req.params.id), unitOf(req), exportLanguage(req.query.lang))),
      type: XLSX_TYPE,
    })),
  );

  router.get(
    '/exports/allowance-sheets/:id/sheet.pdf',
    handle(async (run, req) => ({
      ...(await allowanceSheetPdf(run, String(req.params.id), unitOf(req), exportLanguage(req.query.lang))),
      type: 'application/pdf',
    })),
  );

  return router;
}
