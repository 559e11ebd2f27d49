// The floor of benchmark scenario 1: the same employee page as the API answers
// (`employees(first, offset, orderBy: NAME)` with unit, position, supervisor and
// latest predicate), as one hand-written SQL statement through `pg` behind a bare
// HTTP server. `node test/bench/raw-floor.mjs <database-url> <port> <agency-id>`.
// With `after` (a cursor of the API) the page starts after that row by keyset:
// `(name, id) > (cursor's name, cursor's id)`, read from the index.
import http from 'node:http';
import pg from 'pg';

const [databaseUrl, port, agencyId] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

// Global IDs as the API writes them: base64url of `Type:uuid`.
const gid = (type, column) => `rtrim(translate(encode(convert_to('${type}:' || ${column}, 'utf8'), 'base64'), '+/', '-_'), '=')`;

const pageSql = (page) => `
  with page as (
    ${page}
  )
  select (select count(*) from employees where agency_id = $1) as total, json_build_object(
           'id', ${gid('Employee', 'e.id')}, 'nip', e.nip, 'name', e.name, 'golongan', e.golongan, 'status', e.status,
           'unit', json_build_object('id', ${gid('OrgUnit', 'u.id')}, 'code', u.code, 'name', u.name),
           'position', case when p.id is null then null else json_build_object('id', ${gid('Position', 'p.id')}, 'name', p.name, 'type', p.type) end,
           'supervisor', case when s.id is null then null else json_build_object('id', ${gid('Employee', 's.id')}, 'nip', s.nip, 'name', s.name) end,
           'latestPredicate', lp.predicate) as node
    from page e
    join org_units u on u.id = e.unit_id
    left join positions p on p.id = e.position_id
    left join lateral (
      select h.id, h.nip, h.name from employees h
       where h.id = e.supervisor_override_id
          or (e.supervisor_override_id is null and h.position_id = p.superior_id and h.status = 'AKTIF')
       order by h.id = e.supervisor_override_id desc, h.id limit 1) s on true
    left join lateral (
      select ev.predicate from performance_plans pp
        join evaluations ev on ev.plan_id = pp.id
        join appraisal_periods ap on ap.id = pp.period_id
       where pp.employee_id = e.id and ev.status <> 'DRAFT' and ev.predicate is not null
       order by ap.end_date desc, ap.start_date asc limit 1) lp on true
   order by e.name, e.id`;

export const EMPLOYEE_PAGE_SQL = pageSql(`select e.* from employees e where e.agency_id = $1 order by e.name, e.id limit $2 offset $3`);
export const EMPLOYEE_PAGE_AFTER_SQL = pageSql(
  `select e.* from employees e where e.agency_id = $1 and (e.name, e.id) > ($3, $4::uuid) order by e.name, e.id limit $2`,
);

/** The name and id an API cursor carries (base64url JSON before the signature; not verified here). */
function keyOf(cursor) {
  const data = JSON.parse(Buffer.from(cursor.split('.')[0], 'base64url').toString('utf8'));
  return [data.v[0], data.i];
}

const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', async () => {
    try {
      const variables = JSON.parse(body || '{}').variables ?? {};
      const result = variables.after
        ? await pool.query(EMPLOYEE_PAGE_AFTER_SQL, [agencyId, variables.first ?? 100, ...keyOf(variables.after)])
        : await pool.query(EMPLOYEE_PAGE_SQL, [agencyId, variables.first ?? 100, variables.offset ?? 0]);
      const totalCount = result.rows.length ? Number(result.rows[0].total) : 0;
      const payload = JSON.stringify({ data: { employees: { totalCount, nodes: result.rows.map((row) => row.node) } } });
      response.writeHead(200, { 'content-type': 'application/json', 'x-sql-statements': '1' });
      response.end(payload);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
server.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
