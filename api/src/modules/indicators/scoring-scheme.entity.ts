import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Agency } from '../organization/agency.entity.js';
import { AchievementFormula, Predicate, Rating } from './indicator.enums.js';
import type { PredicateMatrix, ScoringRules } from './scoring.js';

/**
 * How achievements become a rating and a predicate (skema penilaian). Without
 * an agency it is the national default (PermenPANRB 6/2022). Once a period that
 * uses a revision is closed (`frozen`), an edit writes the next revision.
 */
@Entity({ tableName: 'scoring_schemes' })
@Index({
  name: 'scoring_schemes_lineage_revision_unique',
  expression: 'create unique index "scoring_schemes_lineage_revision_unique" on "scoring_schemes" ("lineage", "revision")',
})
@ObjectType({
  implements: [Node, BaseEntity],
  description: 'Scoring scheme (skema penilaian): achievement formulas, thresholds and the predicate matrix.',
})
export class ScoringScheme extends BaseEntity<
  'agency' | 'description' | 'revision' | 'current' | 'frozen' | 'lineage' | 'agencyId' | 'lineageId' | 'isNational' | 'matrixCells'
> {
  @Index()
  @ManyToOne(() => Agency, { ref: true, nullable: true, deleteRule: 'restrict' })
  agency: Ref<Agency> | null = null;

  @Index()
  @Property({ type: 'uuid' })
  lineage: string = randomUUID();

  @Field(() => Int, { description: 'Revision, 1 for the first.' })
  @Property({ type: 'int' })
  revision: number = 1;

  @Field({ description: 'True for the latest revision.' })
  @Property({ type: 'boolean' })
  current: boolean = true;

  @Field({ description: 'True once a closed period used this revision: it can no longer change in place.' })
  @Property({ type: 'boolean' })
  frozen: boolean = false;

  @Field({ description: 'Name, e.g. PermenPANRB 6/2022.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Notes on the scheme.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Float, { description: 'Achievement cap in percent, unless an indicator sets its own.' })
  @Property({ type: 'double' })
  cap!: number;

  @Field(() => AchievementFormula, { description: 'Formula for higher-is-better indicators.' })
  @Enum({ items: () => AchievementFormula, nativeEnumName: 'achievement_formula' })
  higherIsBetterFormula!: AchievementFormula;

  @Field(() => AchievementFormula, { description: 'Formula for lower-is-better indicators.' })
  @Enum({ items: () => AchievementFormula, nativeEnumName: 'achievement_formula' })
  lowerIsBetterFormula!: AchievementFormula;

  @Field(() => AchievementFormula, { description: 'Formula for target-range indicators.' })
  @Enum({ items: () => AchievementFormula, nativeEnumName: 'achievement_formula' })
  targetRangeFormula!: AchievementFormula;

  @Field(() => Float, { description: 'A weighted score from this value up is above expectation.' })
  @Property({ type: 'double' })
  aboveFrom!: number;

  @Field(() => Float, {
    description: 'A weighted score from this value up (and below aboveFrom) is as expected; below it, below expectation.',
  })
  @Property({ type: 'double' })
  asExpectedFrom!: number;

  @Field(() => Float, { description: 'Additional results add at most this many points.' })
  @Property({ type: 'double' })
  additionalMax!: number;

  /** Result rating -> behaviour rating -> predicate. */
  @Property({ type: 'jsonb' })
  matrix!: PredicateMatrix;

  @Field(() => ID, { nullable: true, description: 'ID of the agency; empty for the national default.' })
  get agencyId(): string | null {
    return refId('Agency', this.agency);
  }

  @Field(() => ID, { description: 'Identifies the scheme across its revisions.' })
  get lineageId(): string {
    return this.lineage;
  }

  @Field({ description: 'True for the national default scheme.' })
  get isNational(): boolean {
    return this.agency === null;
  }

  @Field(() => [MatrixCell], { description: 'The predicate matrix, one cell per result rating and behaviour rating (9 cells).' })
  get matrixCells(): MatrixCell[] {
    return Object.values(Rating).flatMap((result) =>
      Object.values(Rating).map((behaviour) => ({ result, behaviour, predicate: this.matrix[result][behaviour] })),
    );
  }

  /** The rules the pure scoring function takes. */
  rules(): ScoringRules {
    return {
      cap: this.cap,
      formulas: {
        higherIsBetter: this.higherIsBetterFormula,
        lowerIsBetter: this.lowerIsBetterFormula,
        targetRange: this.targetRangeFormula,
      },
      aboveFrom: this.aboveFrom,
      asExpectedFrom: this.asExpectedFrom,
      additionalMax: this.additionalMax,
      matrix: this.matrix,
    };
  }
}

@ObjectType({ description: 'One cell of the predicate matrix.' })
export class MatrixCell {
  @Field(() => Rating, { description: 'Result rating (row).' })
  result!: Rating;

  @Field(() => Rating, { description: 'Behaviour rating (column).' })
  behaviour!: Rating;

  @Field(() => Predicate, { description: 'The predicate.' })
  predicate!: Predicate;
}
