import { beijingMinute } from '@ronghe/types';
import { Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { client } from '../api/client';
import { graphql } from '../gql';

const ActorsDocument = graphql(`
  query Actors($usernames: [String!]!) { actors(usernames: $usernames) { username displayName organizationName } }
`);

interface Actor {
  displayName: string;
  organizationName: string;
}

// The records name who acted by login name; the names behind them are asked once per page view,
// all that one render needs in a single request.
const known = new Map<string, Promise<Actor | null>>();
let pending: { username: string; resolve: (actor: Actor | null) => void }[] = [];

function actorOf(username: string): Promise<Actor | null> {
  const cached = known.get(username);
  if (cached) return cached;
  const promise = new Promise<Actor | null>((resolve) => {
    pending.push({ username, resolve });
    if (pending.length === 1) queueMicrotask(flush);
  });
  known.set(username, promise);
  return promise;
}

async function flush() {
  const batch = pending;
  pending = [];
  const result = await client
    .query(ActorsDocument, { usernames: batch.map((p) => p.username) }, { requestPolicy: 'network-only' })
    .toPromise();
  const found = new Map((result.data?.actors ?? []).map((a) => [a.username, a]));
  for (const { username, resolve } of batch) {
    // A failed look-up is asked again on the next page rather than remembered.
    if (!result.data) known.delete(username);
    resolve(found.get(username) ?? null);
  }
}

/**
 * Who acted, as people know them: their name and unit (never the login name alone), with the time
 * of the act in Beijing time when given. An account the registry no longer knows shows its login name.
 */
export function PersonName({ username, at }: { username: string | null | undefined; at?: string | Date | null }) {
  const [actor, setActor] = useState<Actor | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setActor(undefined);
    if (username) actorOf(username).then((a) => live && setActor(a));
    return () => {
      live = false;
    };
  }, [username]);
  const when = at ? beijingMinute(new Date(at)) : null;
  if (!username) return when ? <span>{when}</span> : <span>—</span>;
  return (
    <Space size={4} wrap data-testid="person-name">
      {actor === undefined ? (
        <Typography.Text type="secondary">…</Typography.Text>
      ) : actor ? (
        <Tooltip title={`登录名 ${username}`}>
          <span>
            {actor.displayName}
            <Typography.Text type="secondary">（{actor.organizationName}）</Typography.Text>
          </span>
        </Tooltip>
      ) : (
        <span>{username}</span>
      )}
      {when && <Typography.Text type="secondary">{when}</Typography.Text>}
    </Space>
  );
}
