import { useFragment } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import type { FragmentType } from '@apollo/client';
import type { OutcomeCard_OutcomeFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { HealthBadge } from '@/ui/HealthBadge';
import { StaleBadge } from '@/ui/StaleBadge';
import { Table, type TableColumn } from '@/ui/Table';
import { LazyOutcomeChart } from '../charts/lazy-charts';
import { OutcomeCardFragment } from '../graphql/outcome-card.fragment';
import { useUpdateOutcome } from '../hooks/use-save-outcome';
import { outcomeChartData, type MeasurementRow } from '../outcome-chart-data';
import { localToday } from '../local-today';
import { outcomeFormValues } from '../outcome-forms';
import {
  directionWords,
  formatDate,
  formatNumber,
  outcomeDetail,
  outcomeHeadline,
  scheduleWords,
  staleWords,
  withUnit,
} from '../outcome-words';
import { OutcomeFormDialog, type OwnerChoices } from './OutcomeFormDialog';
import { RecordMeasurementDialog } from './RecordMeasurementDialog';
import styles from './OutcomeCard.module.css';

export interface OutcomeCardProps {
  outcome: FragmentType<OutcomeCard_OutcomeFragment>;
  problemId: string;
  canContribute: boolean;
  canEdit: boolean;
  /** Who the edit form offers as the outcome's owner. */
  owners: OwnerChoices;
  leadId: string | null;
}

/**
 * One outcome: its health and progress in words, its chart against the planned line, the same
 * data as a table, and what the viewer may do (record a measurement, edit the definition).
 */
export function OutcomeCard({ outcome: ref, ...props }: OutcomeCardProps) {
  const { data: outcome, complete } = useFragment({ fragment: OutcomeCardFragment, from: ref });
  if (!complete) return null;
  return <CompleteOutcomeCard outcome={outcome} {...props} />;
}

type Outcome = Omit<OutcomeCard_OutcomeFragment, ' $fragmentName'>;

function CompleteOutcomeCard({
  outcome,
  problemId,
  canContribute,
  canEdit,
  owners,
  leadId,
}: Omit<OutcomeCardProps, 'outcome'> & { outcome: Outcome }) {
  const headingId = useId();
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState(false);
  const { update, isPending: isSaving } = useUpdateOutcome(outcome.id, outcome.version);
  const [today] = useState(localToday);
  const chart = useMemo(
    () => outcomeChartData(outcome, outcome.measurements, today),
    [outcome, today],
  );
  const headline = outcomeHeadline(outcome);
  const columns = useMemo(() => measurementColumns(outcome.unit), [outcome.unit]);

  return (
    // The id is the target of My work's "Due" links.
    <article id={`outcome-${outcome.id}`} className={styles.card} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h3 id={headingId} className={styles.name}>
          {outcome.name}
        </h3>
        <HealthBadge health={outcome.health} />
        {outcome.stale && outcome.cadence && outcome.nextDueDate ? (
          <StaleBadge>{staleWords(outcome.cadence, outcome.nextDueDate)}</StaleBadge>
        ) : null}
      </div>
      <p className={styles.headline} data-testid="outcome-headline">
        {headline}
      </p>
      <p className={styles.detail}>{outcomeDetail(outcome)}</p>
      {outcome.description ? <p className={styles.description}>{outcome.description}</p> : null}
      <dl className={styles.facts}>
        <div>
          <dt>Baseline</dt>
          <dd>
            {withUnit(outcome.baselineValue, outcome.unit)} on {formatDate(outcome.baselineDate)}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {withUnit(outcome.targetValue, outcome.unit)} by {formatDate(outcome.targetDate)}
          </dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{directionWords(outcome.direction)}</dd>
        </div>
        <div>
          <dt>Reported by</dt>
          <dd>{outcome.owner?.displayName ?? 'No one yet'}</dd>
        </div>
        <div>
          <dt>Reporting</dt>
          <dd>{scheduleWords(outcome.cadence, outcome.nextDueDate)}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{outcome.isPublic ? 'With its problem, when public' : 'Not published'}</dd>
        </div>
        {outcome.suppressBelow !== null ? (
          <div>
            <dt>Suppressed</dt>
            <dd>
              Published values below {formatNumber(outcome.suppressBelow)} show as “fewer than{' '}
              {formatNumber(outcome.suppressBelow)}”
            </dd>
          </div>
        ) : null}
        {outcome.dataSource ? (
          <div>
            <dt>Data source</dt>
            <dd>{outcome.dataSource}</dd>
          </div>
        ) : null}
      </dl>

      {(canContribute || canEdit) && (
        <div className={styles.actions}>
          {canContribute ? (
            <Button onPress={() => setRecording(true)}>
              Record a measurement<span className="visually-hidden"> of {outcome.name}</span>
            </Button>
          ) : null}
          {canEdit ? (
            <Button variant="secondary" onPress={() => setEditing(true)}>
              Edit outcome<span className="visually-hidden"> {outcome.name}</span>
            </Button>
          ) : null}
        </div>
      )}

      {outcome.measurements.length > 0 ? (
        <figure className={styles.figure}>
          <LazyOutcomeChart data={chart} name={outcome.name} unit={outcome.unit} />
          <figcaption className={styles.caption}>
            Measured values (solid line) against the planned line from baseline to target (dashed);
            today is marked. {headline}
          </figcaption>
        </figure>
      ) : (
        <p className={styles.empty}>No measurements yet.</p>
      )}

      {outcome.measurements.length > 0 ? (
        <details className={styles.disclosure}>
          <summary className={styles.summary}>
            Measurements as a table ({String(outcome.measurements.length)})
          </summary>
          <Table
            label={`Measurements of ${outcome.name}`}
            columns={columns}
            rows={chart.rows}
            rowId={(row) => row.id}
            defaultSort={{ column: 'date', direction: 'descending' }}
          />
        </details>
      ) : null}

      {canContribute ? (
        <RecordMeasurementDialog
          isOpen={recording}
          onOpenChange={setRecording}
          outcomeId={outcome.id}
          outcomeName={outcome.name}
          unit={outcome.unit}
          problemId={problemId}
        />
      ) : null}
      {canEdit ? (
        <OutcomeFormDialog
          key={outcome.version}
          isOpen={editing}
          onOpenChange={setEditing}
          title={`Edit “${outcome.name}”`}
          submitLabel="Save outcome"
          initialValues={outcomeFormValues(outcome, leadId)}
          onSave={update}
          isPending={isSaving}
          owners={owners}
        />
      ) : null}
    </article>
  );
}

function measurementColumns(unit: string): TableColumn<MeasurementRow>[] {
  return [
    {
      id: 'date',
      name: 'Date',
      isRowHeader: true,
      render: (row) => formatDate(row.date),
      sortValue: (row) => row.date,
    },
    {
      id: 'value',
      name: `Value (${unit})`,
      align: 'end',
      render: (row) => formatNumber(row.value),
      sortValue: (row) => row.value,
    },
    {
      id: 'planned',
      name: `Planned (${unit})`,
      align: 'end',
      render: (row) => formatNumber(row.planned),
      sortValue: (row) => row.planned,
    },
    { id: 'note', name: 'Note', render: (row) => row.note ?? '' },
  ];
}
