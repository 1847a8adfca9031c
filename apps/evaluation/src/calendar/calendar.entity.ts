import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DayKind } from './working-days.js';

/** A date the office declared a holiday or an adjusted working day (调休上班). */
@Entity({ name: 'calendar_day' })
export class CalendarDay {
  @PrimaryColumn({ type: 'date' }) day: string;
  @Column({ type: 'text' }) kind: DayKind;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
