import GavelIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { DisciplinaryCaseCreate } from './case-create';
import { DisciplinaryCaseList } from './case-list';
import { DisciplinaryCaseShow } from './case-show';

export { canProposeCase } from './case-rules';
export { DisciplineAuthorities } from './discipline-authorities';
export { EMPLOYEE_DISCIPLINE_FIELDS, EmployeeDisciplinePanel } from './employee-discipline-panel';

/**
 * Kasus disiplin (PP 94/2021): HR and supervisors report violations and examine them; whoever the
 * agency's authorities name decides the sanction from the catalogue; HR activates and completes it
 * and records objections and appeals. Who decides each level: /disciplinaryCases/authorities.
 */
export const disciplinaryCases = {
  list: DisciplinaryCaseList,
  show: DisciplinaryCaseShow,
  create: DisciplinaryCaseCreate,
  icon: GavelIcon,
  recordRepresentation: (record: RaRecord) => {
    const employee = record.employee as { fullName?: string } | undefined;
    return employee?.fullName ? `${employee.fullName} — ${String(record.violationDate ?? '')}` : String(record.article ?? '');
  },
};
