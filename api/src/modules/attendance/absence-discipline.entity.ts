import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { DisciplinaryCase } from '../discipline/discipline.entity.js';
import { FollowUpOutcome } from '../discipline/follow-up.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';

/**
 * What HR did with a step of the absence ladder for an employee and a year:
 * opened a disciplinary case (ACTED) or set it aside with a reason (DISMISSED).
 * The step is then not proposed again; the next step is, once reached.
 */
@Entity({ tableName: 'absence_discipline_decisions' })
@Unique({ properties: ['employee', 'year', 'fromDays'] })
@ObjectType({ implements: [Node, BaseEntity], description: 'A decision on an unexcused absence ladder proposal.' })
export class AbsenceDisciplineDecision extends BaseEntity<'reason' | 'disciplinaryCase' | 'employeeId' | 'disciplinaryCaseId'> {
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'cascade' })
  employee!: Ref<Employee>;

  @Field(() => Int, { description: 'The year of the absences.' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: 'The ladder step decided: the days from which it applies.' })
  @Property({ type: 'smallint' })
  fromDays!: number;

  @Field({ description: 'The sanction type the step calls for.' })
  @Property({ type: 'text' })
  sanctionTypeCode!: string;

  @Field(() => Int, { description: 'Unexcused days counted when it was decided.' })
  @Property({ type: 'smallint' })
  unexcusedDays!: number;

  @Field(() => FollowUpOutcome, { description: 'ACTED (a case was opened) or DISMISSED.' })
  @Enum({ items: () => FollowUpOutcome, nativeEnumName: 'follow_up_outcome' })
  outcome!: FollowUpOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was dismissed.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'Who decided (display name of the account).' })
  @Property({ type: 'text' })
  decidedBy!: string;

  @ManyToOne(() => DisciplinaryCase, { ref: true, nullable: true, deleteRule: 'set null' })
  disciplinaryCase: Ref<DisciplinaryCase> | null = null;

  @Field(() => ID, { description: 'ID of the employee.' })
  get employeeId(): string {
    return refId('Employee', this.employee)!;
  }

  @Field(() => ID, { nullable: true, description: 'ID of the case opened (ACTED).' })
  get disciplinaryCaseId(): string | null {
    return refId('DisciplinaryCase', this.disciplinaryCase);
  }
}
