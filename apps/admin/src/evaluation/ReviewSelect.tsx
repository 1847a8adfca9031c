import { reviewStatusLabels } from '@ronghe/types';
import { Select } from 'antd';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { label } from '../common/labels';
import { ReviewsDocument } from './documents';

/** Picks a review; the newest by default. A new `reload` reads the list again (after a review was created). */
export function ReviewSelect({ value, onChange, reload }: { value: string | null; onChange: (id: string) => void; reload?: number }) {
  const [{ data }, refetch] = useQuery({ query: ReviewsDocument, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (reload) refetch({ requestPolicy: 'network-only' });
  }, [reload, refetch]);
  const reviews = data?.reviews.nodes ?? [];
  useEffect(() => {
    if (!value && reviews[0]) onChange(reviews[0].id);
  }, [value, reviews, onChange]);
  return (
    <Select
      style={{ width: 320 }}
      value={value}
      onChange={onChange}
      placeholder="选择评审"
      data-testid="review-select"
      options={reviews.map((r) => ({ value: r.id, label: `${r.title}(${label(reviewStatusLabels, r.status)})` }))}
    />
  );
}
