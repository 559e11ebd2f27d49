import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { EMPLOYEE_EDITORS } from '../employees/employee.service.js';
import { SiasnImportService } from './siasn-import.service.js';
import { ImportSiasnInput, SiasnImportReport } from './siasn-import.types.js';

@Resolver()
export class SiasnResolver {
  @Authorized(...EMPLOYEE_EDITORS)
  @Mutation(() => SiasnImportReport, {
    description:
      'Imports the unit tree from SIASN reference data (ref-unor records, JSON or CSV), keeping the SIASN ids: a unit already imported is updated. All or nothing; a dry run reports created, changed, unchanged and refused records and writes nothing.',
  })
  importSiasnUnits(@Arg('input', { description: 'The ref-unor file and its agency.' }) input: ImportSiasnInput, @Ctx() ctx: Context) {
    return new SiasnImportService(ctx).importUnits(input);
  }

  @Authorized(...EMPLOYEE_EDITORS)
  @Mutation(() => SiasnImportReport, {
    description:
      'Imports employees from SIASN (data-utama JSON records or the "Export Data ASN" CSV), matched on pnsId and NIP: a known employee is updated and changes of unit, position or rank become dated placement history. All or nothing; a dry run reports the difference and writes nothing.',
  })
  importSiasnEmployees(@Arg('input', { description: 'The file and its agency.' }) input: ImportSiasnInput, @Ctx() ctx: Context) {
    return new SiasnImportService(ctx).importEmployees(input);
  }
}
