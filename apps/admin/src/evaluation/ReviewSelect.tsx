import { reviewStatusLabels } from '@ronghe/types';
import { Select } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { label } from '../common/labels';
import { ReviewsDocument } from './documents';

/** The review a page shows, kept in the address (`?review=`): a reload or a bookmark comes back to it. */
export function useReviewParam(): [string | null, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (id: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('review', id);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params.get('review'), set];
}

/**
 * A query's answer if it is about `reviewId`, else nothing: urql keeps the last answer while it
 * fetches another review's, and a page must never show, or act on, the review picked before.
 */
export function answerFor<T extends { review?: { id: string } | null }>(answer: T | undefined, reviewId: string | null): T | undefined {
  return answer?.review?.id === reviewId ? answer : undefined;
}

/**
 * Picks a review. By default the newest one at a stage of `prefer` (an evaluator's page prefers one
 * being scored, the approvers' one awaiting approval), else the newest. A new `reload` reads the list
 * again (after a review was created).
 */
export function ReviewSelect({
  value,
  onChange,
  reload,
  prefer = [],
}: {
  value: string | null;
  onChange: (id: string) => void;
  reload?: number;
  /** Review statuses (`SCORING`, `RANKED` …) to prefer for the default. */
  prefer?: string[];
}) {
  const [{ data }, refetch] = useQuery({ query: ReviewsDocument, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (reload) refetch({ requestPolicy: 'network-only' });
  }, [reload, refetch]);
  const reviews = data?.reviews.nodes ?? [];
  const preferredId = (reviews.find((r) => prefer.includes(r.status)) ?? reviews[0])?.id;
  // Once the user has picked a review, the default never replaces it: the address may still be
  // catching up with the pick when the list answers again.
  const picked = useRef(false);
  const pick = useCallback(
    (id: string) => {
      picked.current = true;
      onChange(id);
    },
    [onChange],
  );
  useEffect(() => {
    if (!value && preferredId && !picked.current) onChange(preferredId);
  }, [value, preferredId, onChange]);
  return (
    <Select
      style={{ width: 320 }}
      value={value}
      onChange={pick}
      loading={!data}
      placeholder="选择评审"
      data-testid="review-select"
      options={reviews.map((r) => ({ value: r.id, label: `${r.title}(${label(reviewStatusLabels, r.status)})` }))}
    />
  );
}
