import { Alert, App, Button, Progress, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { graphql } from '../gql';
import { downloadFile } from './download';

// A job lives in the subgraph that runs it: asked of the one named by `service`.
const JobDocument = graphql(`
  query FollowJob($id: ID!, $organizations: Boolean!) {
    evaluationJob(id: $id) @skip(if: $organizations) {
      id kind state progress message result error { code message } files { id fileName mimeType size }
    }
    organizationsJob(id: $id) @include(if: $organizations) {
      id kind state progress message result error { code message } files { id fileName mimeType size }
    }
  }
`);

/**
 * The job last started for `key` (a kind and its review), kept in localStorage: a page reloaded
 * while the job runs shows its progress again.
 */
export function useStoredJob(key: string | null): [string | null, (id: string | null) => void] {
  const storageKey = key ? `ronghe.job.${key}` : null;
  const [id, setId] = useState<string | null>(() => (storageKey ? localStorage.getItem(storageKey) : null));
  useEffect(() => setId(storageKey ? localStorage.getItem(storageKey) : null), [storageKey]);
  const store = useCallback(
    (next: string | null) => {
      if (storageKey) {
        if (next) localStorage.setItem(storageKey, next);
        else localStorage.removeItem(storageKey);
      }
      setId(next);
    },
    [storageKey],
  );
  return [id, store];
}

const POLL_MS = 1000;

/**
 * A running job's progress bar, followed until it ends; then its files for download, or why it
 * failed. `onSucceeded` runs once when it ends well (the results page reloads its ranked list).
 */
export function JobProgress({
  jobId,
  title,
  service = 'evaluation',
  onSucceeded,
  onClose,
}: {
  jobId: string;
  title: string;
  /** The subgraph that runs the job. */
  service?: 'evaluation' | 'organizations';
  onSucceeded?: () => void;
  onClose: () => void;
}) {
  const organizations = service === 'organizations';
  const [{ data, error }, refetch] = useQuery({
    query: JobDocument,
    variables: { id: jobId, organizations },
    requestPolicy: 'network-only',
  });
  const job = data?.evaluationJob ?? data?.organizationsJob;
  const running = !job || job.state === 'QUEUED' || job.state === 'RUNNING';
  const client = useClient();
  const { message } = App.useApp();
  const reported = useRef<string | null>(null);

  useEffect(() => {
    if (!running || error) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, error, refetch]);
  useEffect(() => {
    if (job?.state === 'SUCCEEDED' && reported.current !== job.id) {
      reported.current = job.id;
      onSucceeded?.();
    }
  }, [job, onSucceeded]);

  async function download(file: { id: string; fileName: string }) {
    // Asked once more through the client first: it refreshes a session about to expire, so the
    // download below leaves with a live token.
    const result = await client.query(JobDocument, { id: jobId, organizations }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) return message.error(errorOf(result.error)?.message ?? '下载失败');
    const failure = await downloadFile(`/files/${service}/${file.id}`, file.fileName);
    if (failure) message.error(failure);
  }

  if (error)
    return <Alert type="warning" showIcon closable onClose={onClose} message={`${title}:${errorOf(error)?.message ?? '无法查询任务'}`} />;
  const status = job?.state === 'FAILED' ? 'exception' : job?.state === 'SUCCEEDED' ? 'success' : 'active';
  return (
    <div data-testid="job-progress" data-state={job?.state ?? 'QUEUED'}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Text type="secondary">
            {job?.state === 'QUEUED'
              ? '排队中'
              : job?.state === 'RUNNING'
                ? (job.message ?? '进行中')
                : job?.state === 'SUCCEEDED'
                  ? '已完成'
                  : ''}
          </Typography.Text>
          {!running && (
            <Button size="small" type="link" onClick={onClose}>
              关闭
            </Button>
          )}
        </Space>
        <Progress percent={job?.progress ?? 0} status={status} />
        {job?.state === 'FAILED' && <Alert type="error" showIcon message={job.error?.message ?? '任务失败'} />}
        {job?.state === 'SUCCEEDED' && job.files.length > 0 && (
          <Space wrap>
            {job.files.map((f, i) => (
              <Button key={f.id} type={i === 0 ? 'primary' : 'default'} size="small" onClick={() => download(f)}>
                {f.fileName}
              </Button>
            ))}
          </Space>
        )}
      </Space>
    </div>
  );
}
