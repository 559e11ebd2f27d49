import type { FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, invalidFields, notFound, type FieldProblem, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { assertSharedWritable, sharedWhere } from '../../access/scope.js';
import { AchievementFormula, Rating } from './indicator.enums.js';
import { Indicator } from './indicator.entity.js';
import { ownerAgency } from './owner-agency.js';
import { DEFAULT_RULES, scorePerformance, type PredicateMatrix, type ScoreLine, type ScoringRules } from './scoring.js';
import { ScoringScheme } from './scoring-scheme.entity.js';
import {
  ScoringSchemeConnection,
  ScoringSchemeOrder,
  scoringSchemeFilterRules,
  type CreateScoringSchemeInput,
  type PreviewScoreInput,
  type ScoringRulesInput,
  type ScoringSchemeListArgs,
  type UpdateScoringSchemeInput,
} from './scoring-scheme.types.js';

/** Formulas that make sense for each direction. */
const ALLOWED = {
  higherIsBetterFormula: [AchievementFormula.RATIO],
  lowerIsBetterFormula: [AchievementFormula.TWO_MINUS_RATIO, AchievementFormula.INVERSE_RATIO],
  targetRangeFormula: [AchievementFormula.RANGE_BOUNDS],
} as const;

export class ScoringSchemeService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<ScoringScheme> {
    return sharedWhere(requireActor(this.ctx)) as FilterQuery<ScoringScheme>;
  }

  async list(args: ScoringSchemeListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'ScoringScheme.list',
      ScoringSchemeOrder.toOrderBy(args.orderBy, { name: 'asc', revision: 'desc' }),
    );
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, scoringSchemeFilterRules, (term) => ({ name: { $ilike: containing(term) } })),
      ],
    } as FilterQuery<ScoringScheme>;
    const rows = await findPage(this.ctx.em, ScoringScheme, where, page);
    return ScoringSchemeConnection.of(rows, page, () => this.ctx.em.count(ScoringScheme, where));
  }

  async get(globalId: string, field = 'id'): Promise<ScoringScheme> {
    return findInScope(this.ctx.em, ScoringScheme, globalId, field, this.scope());
  }

  /** The latest revision of the national default (PermenPANRB 6/2022), created by the migration. */
  async national(): Promise<ScoringScheme> {
    return this.ctx.em.findOneOrFail(ScoringScheme, { agency: null, current: true }, { orderBy: { createdAt: 'asc' } });
  }

  async revisions(scheme: ScoringScheme): Promise<ScoringScheme[]> {
    return this.ctx.em.find(ScoringScheme, { lineage: scheme.lineage }, { orderBy: { revision: 'desc' } });
  }

  async create(input: CreateScoringSchemeInput) {
    return inTransaction(this.ctx.em, async () => {
      const agencyId = await ownerAgency(this.ctx, input.agencyId, true);
      assertSharedWritable(requireActor(this.ctx), agencyId);
      const rules = withChanges(DEFAULT_RULES, input, 'input');
      const scheme = this.ctx.em.create(ScoringScheme, {
        agency: agencyId,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        ...columns(rules),
      });
      await this.ctx.em.flush();
      return { scoringScheme: scheme, newRevision: false };
    });
  }

  /** In place until a closed period has used the revision; after that, the change is the next revision. */
  async update(input: UpdateScoringSchemeInput) {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const id = fromGlobalId(input.id, 'ScoringScheme', 'input.id');
      const found = await em.findOne(ScoringScheme, { id });
      if (!found) throw notFound('ScoringScheme', input.id, 'input.id');
      assertSharedWritable(requireActor(this.ctx), found.agency?.id ?? null);
      assertVersion(found, input.version);
      if (!found.current)
        throw conflict(`Revision ${found.revision} has been superseded; change the latest revision`, { field: 'input.id' });
      const rules = withChanges(found.rules(), input, 'input');
      let scheme = found;
      if (found.frozen) {
        found.current = false;
        scheme = em.create(ScoringScheme, {
          agency: found.agency,
          lineage: found.lineage,
          revision: found.revision + 1,
          name: found.name,
          description: found.description,
          ...columns(rules),
        });
      } else {
        Object.assign(scheme, columns(rules));
      }
      if (input.name != null) scheme.name = input.name.trim();
      if (input.description !== undefined) scheme.description = input.description?.trim() || null;
      await em.flush();
      return { scoringScheme: scheme, newRevision: scheme !== found };
    });
  }

  /** Called when a period using the scheme closes: its results must never be recomputed differently. */
  freeze(scheme: ScoringScheme): void {
    scheme.frozen = true;
  }

  /** What-if scoring, with the steps shown; writes nothing. */
  async preview(input: PreviewScoreInput) {
    const scheme = input.schemeId ? await this.get(input.schemeId, 'input.schemeId') : await this.national();
    const rules = input.rules ? withChanges(scheme.rules(), input.rules, 'input.rules') : scheme.rules();
    const lineIds = input.lines.map((line, index) =>
      line.indicatorId ? fromGlobalId(line.indicatorId, 'Indicator', `input.lines.${index}.indicatorId`) : null,
    );
    const ids = lineIds.filter((id): id is string => id !== null);
    const found = ids.length
      ? await this.ctx.em.find(Indicator, { $and: [{ id: { $in: ids } }, sharedWhere(requireActor(this.ctx))] } as FilterQuery<Indicator>)
      : [];
    const byId = new Map(found.map((indicator) => [indicator.id, indicator]));
    const problems: FieldProblem[] = [];
    const lines: ScoreLine[] = input.lines.map((line, index) => {
      const indicator = lineIds[index] ? byId.get(lineIds[index]) : undefined;
      if (line.indicatorId && !indicator) problems.push({ field: `input.lines.${index}.indicatorId`, message: 'No such indicator' });
      const direction = indicator?.direction ?? line.direction;
      if (!direction) problems.push({ field: `input.lines.${index}.direction`, message: 'Give an indicator or a direction' });
      return {
        key: indicator?.code ?? String(index + 1),
        label: line.label ?? indicator?.name,
        direction: direction!,
        category: line.category!,
        weight: line.weight,
        target: line.target ?? null,
        targetMax: line.targetMax ?? null,
        realization: line.realization ?? null,
        cap: indicator?.cap ?? null,
      };
    });
    if (problems.length) throw invalidFields(problems);
    return scorePerformance(rules, lines, input.behaviourRating ?? null);
  }
}

/** The rules with the given changes applied, checked as a whole. */
function withChanges(base: ScoringRules, changes: ScoringRulesInput, at: string): ScoringRules {
  const rules: ScoringRules = {
    cap: changes.cap ?? base.cap,
    formulas: {
      higherIsBetter: changes.higherIsBetterFormula ?? base.formulas.higherIsBetter,
      lowerIsBetter: changes.lowerIsBetterFormula ?? base.formulas.lowerIsBetter,
      targetRange: changes.targetRangeFormula ?? base.formulas.targetRange,
    },
    aboveFrom: changes.aboveFrom ?? base.aboveFrom,
    asExpectedFrom: changes.asExpectedFrom ?? base.asExpectedFrom,
    additionalMax: changes.additionalMax ?? base.additionalMax,
    matrix: changes.matrix ? matrixFrom(changes.matrix, `${at}.matrix`) : base.matrix,
  };
  const problems: FieldProblem[] = [];
  const chosen = {
    higherIsBetterFormula: rules.formulas.higherIsBetter,
    lowerIsBetterFormula: rules.formulas.lowerIsBetter,
    targetRangeFormula: rules.formulas.targetRange,
  };
  for (const [field, allowed] of Object.entries(ALLOWED)) {
    const value = chosen[field as keyof typeof chosen];
    if (!(allowed as readonly AchievementFormula[]).includes(value)) {
      problems.push({ field: `${at}.${field}`, message: `${value} does not fit this direction; use ${allowed.join(' or ')}` });
    }
  }
  if (!(rules.asExpectedFrom > 0)) problems.push({ field: `${at}.asExpectedFrom`, message: 'The threshold must be above 0' });
  if (!(rules.aboveFrom > rules.asExpectedFrom)) {
    problems.push({
      field: `${at}.aboveFrom`,
      message: `The above-expectation threshold (${rules.aboveFrom}) must be above the as-expected one (${rules.asExpectedFrom})`,
    });
  }
  if (problems.length) throw invalidFields(problems);
  return rules;
}

function matrixFrom(
  cells: { result: Rating; behaviour: Rating; predicate: PredicateMatrix[Rating][Rating] }[],
  at: string,
): PredicateMatrix {
  const matrix = {} as Record<Rating, Partial<Record<Rating, PredicateMatrix[Rating][Rating]>>>;
  for (const [index, cell] of cells.entries()) {
    matrix[cell.result] ??= {};
    if (matrix[cell.result][cell.behaviour])
      throw badInput(`${at}.${index}`, `The cell ${cell.result} x ${cell.behaviour} is given twice`, ErrorReason.DUPLICATE_ITEM, {
        value: `${cell.result} x ${cell.behaviour}`,
      });
    matrix[cell.result][cell.behaviour] = cell.predicate;
  }
  for (const result of Object.values(Rating)) {
    for (const behaviour of Object.values(Rating)) {
      if (!matrix[result]?.[behaviour])
        throw badInput(at, `The cell ${result} x ${behaviour} is missing`, ErrorReason.MISSING_ITEM, { value: `${result} x ${behaviour}` });
    }
  }
  return matrix as PredicateMatrix;
}

function columns(rules: ScoringRules) {
  return {
    cap: rules.cap,
    higherIsBetterFormula: rules.formulas.higherIsBetter,
    lowerIsBetterFormula: rules.formulas.lowerIsBetter,
    targetRangeFormula: rules.formulas.targetRange,
    aboveFrom: rules.aboveFrom,
    asExpectedFrom: rules.asExpectedFrom,
    additionalMax: rules.additionalMax,
    matrix: rules.matrix,
  };
}
