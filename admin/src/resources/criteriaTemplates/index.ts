import RuleIcon from '@mui/icons-material/Rule';
import type { RaRecord } from 'react-admin';
import { CriteriaTemplateCreate } from './criteria-template-create';
import { CriteriaTemplateEdit } from './criteria-template-edit';
import { CriteriaTemplateList } from './criteria-template-list';
import { CriteriaTemplateShow } from './criteria-template-show';

/** Templat Kriteria: weighted indicators with default targets, per position type and/or unit, in revisions. */
export const criteriaTemplates = {
  list: CriteriaTemplateList,
  show: CriteriaTemplateShow,
  edit: CriteriaTemplateEdit,
  create: CriteriaTemplateCreate,
  icon: RuleIcon,
  recordRepresentation: (record: RaRecord) => `${record.name} (rev. ${record.revision})`,
};
