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
    changePassword: {
      menu: 'Change password',
      title: 'Change your password',
      description: 'Your other sessions end; this one stays signed in.',
      currentPassword: 'Current password',
      newPassword: 'New password',
      repeatPassword: 'Repeat the new password',
      helper: 'At least 10 characters',
      submit: 'Change password',
      mismatch: 'The two new passwords differ',
      sameAsCurrent: 'The new password must differ from the current one',
      success: 'Your password has been changed',
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
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        username: 'Username',
        displayName: 'Display name',
        password: 'Password',
        roles: 'Roles',
        agencyId: 'Agency',
        active: 'Active',
        lastLoginAt: 'Last login',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
      roles: {
        SUPER_ADMIN: 'Platform administrator',
        AGENCY_ADMIN: 'Agency administrator',
        HR_OFFICER: 'HR officer',
        SUPERVISOR: 'Direct supervisor',
        EVALUATOR: 'Performance evaluation team',
        EMPLOYEE: 'Employee',
      },
      filters: {
        role: 'Role',
      },
      never: 'Never',
      helpers: {
        username: '3–50 lower-case letters, digits, ".", "_" or "-"; cannot be changed later',
        password: 'At least 10 characters',
        agencyId: 'Required for every role but Platform administrator',
        ownAgency: 'Empty: your own agency',
        active: 'Inactive accounts cannot log in and their sessions end',
      },
      validation: {
        username: '3–50 characters: lower-case a–z, digits 0–9, ".", "_" or "-", starting with a letter or digit',
        agencyRequired: 'Choose the agency: only a Platform administrator may have none',
      },
      setPassword: {
        action: 'Set password',
        title: 'Set a new password',
        description: "The new password for %{username}. The account's current sessions end.",
        password: 'New password',
        submit: 'Set password',
        success: 'New password set for %{username}',
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
