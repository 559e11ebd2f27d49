import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { type ComponentProps, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from '../config';
import { getToken } from '../session';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** POSTs JSON to the API with the headers typed in GraphiQL's header editor. */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

// Signed in to the console in this browser? Offer that token; otherwise show where it goes.
const token = getToken();
const defaultHeaders = JSON.stringify({ Authorization: `Bearer ${token ?? '<token from the login mutation>'}` }, null, 2);

const defaultQuery = `# Kinerja ASN GraphQL API. Paste a token in the Headers tab below:
#   mutation { login(input: { username: "...", password: "..." }) { token expiresAt } }
query Agencies {
  agencies(first: 10, orderBy: [{ field: CODE }]) {
    totalCount
    nodes { id code name kind region updatedAt }
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql is missing from graphiql.html');

createRoot(container).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={defaultQuery}
      defaultHeaders={defaultHeaders}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
