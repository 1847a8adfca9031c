import type { TypicalCategory } from '@ronghe/types';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The review's copy of one frozen nomination, with where its nominee and nominator sit. */
@Entity({ name: 'review_nomination' })
export class ReviewNomination {
  @PrimaryColumn({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @PrimaryColumn({ name: 'nomination_id', type: 'uuid' })
  nominationId: string;

  @Column({ type: 'text' })
  category: TypicalCategory;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'nominee_organization_id', type: 'uuid', nullable: true })
  nomineeOrganizationId: string | null;

  @Column({ name: 'nominee_person_id', type: 'uuid', nullable: true })
  nomineePersonId: string | null;

  @Column({ name: 'nominator_organization_id', type: 'uuid' })
  nominatorOrganizationId: string;

  @Column({ name: 'nominee_lineage', type: 'uuid', array: true })
  nomineeLineage: string[];

  @Column({ name: 'nominator_lineage', type: 'uuid', array: true })
  nominatorLineage: string[];
}
