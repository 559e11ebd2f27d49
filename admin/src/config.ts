/** Where the console sends its GraphQL requests: the API serves the console, so same origin. */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';
