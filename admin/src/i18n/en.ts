import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

export const englishAppMessages: TranslationMessages = {
  ...englishMessages,
  app: {
    title: 'Kinerja ASN',
    menu: {
      graphiql: 'GraphQL IDE',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      intro: 'The Kinerja ASN administration console: manage master data, follow the audit trail and explore the GraphQL API.',
      agencies: 'Manage agencies',
      audit: 'View the audit trail',
      graphiql: 'Open the GraphQL IDE',
    },
  },
  resources: {
    agencies: {
      name: 'Agency |||| Agencies',
      fields: {
        id: 'ID',
        code: 'Code',
        name: 'Name',
        kind: 'Kind',
        region: 'Region',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
      kinds: {
        PUSAT: 'Central agency',
        DAERAH: 'Regional government',
      },
      helpers: {
        code: 'Upper-case letters, digits, - and _ (2–32 characters), unique',
      },
      validation: {
        code: 'Only upper-case A–Z, digits 0–9, - and _, starting with a letter or digit',
      },
    },
    auditEntries: {
      name: 'Audit entry |||| Audit trail',
      fields: {
        id: 'ID',
        occurredAt: 'Time',
        actorId: 'Actor ID',
        actorName: 'Actor',
        action: 'Action',
        entityType: 'Entity type',
        entityId: 'Entity ID',
        operation: 'Operation',
        changes: 'Changes',
      },
      actions: {
        CREATE: 'Create',
        UPDATE: 'Update',
        DELETE: 'Delete',
      },
      changes: {
        field: 'Field',
        before: 'Before',
        after: 'After',
        empty: 'No changes recorded',
      },
    },
  },
};
