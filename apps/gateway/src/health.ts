type SubgraphStatus = 'ok' | 'unavailable';

export interface HealthReport {
  ok: boolean;
  subgraphs: Record<string, SubgraphStatus>;
}

/**
 * The subgraphs' health as last seen, so that a probe answers at once and load balancers polling
 * every replica do not multiply into requests at every subgraph. A probe that finds the report
 * older than `maxAgeMs` starts one refresh in the background and answers with what is known; only
 * the very first probe waits for a check.
 */
export function createHealthCache(subgraphUrls: Record<string, string>, options: { maxAgeMs: number; timeoutMs: number }) {
  let report: HealthReport | undefined;
  let checkedAt = 0;
  let checking: Promise<HealthReport> | undefined;

  async function check(): Promise<HealthReport> {
    const subgraphs = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(options.timeoutMs) });
          await response.body?.cancel();
          return [name, response.ok ? 'ok' : 'unavailable'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    return { ok: subgraphs.every(([, status]) => status === 'ok'), subgraphs: Object.fromEntries(subgraphs) };
  }

  return async function current(): Promise<HealthReport> {
    if (!checking && Date.now() - checkedAt >= options.maxAgeMs) {
      checkedAt = Date.now();
      checking = check().then(
        (fresh) => {
          report = fresh;
          checking = undefined;
          return fresh;
        },
        // check() does not reject (each failure is a status); this only keeps the cache usable.
        () => {
          checking = undefined;
          return report ?? { ok: false, subgraphs: {} };
        },
      );
    }
    return report ?? (await checking!);
  };
}
