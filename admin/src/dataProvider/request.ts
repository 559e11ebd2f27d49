import { GRAPHQL_URL } from '../config';
import { authHeaders } from '../session';
import { toHttpError } from './errors';

/**
 * One POST to the API with the session's token, for the custom methods (operations that are no
 * resource's CRUD). GraphQL errors become HttpErrors, with form field errors (errors.ts).
 */
export const request = async <Data, Variables>(query: string, variables: Variables): Promise<Data> => {
  let response: Response;
  let body: { data?: Data | null; errors?: unknown[] };
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw toHttpError(error);
  }
  if (body.errors?.length || !body.data) throw toHttpError({ errors: body.errors, status: response.status });
  return body.data;
};
