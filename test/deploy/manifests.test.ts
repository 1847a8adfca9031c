import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SUBGRAPH_PORTS, SUBGRAPHS, type SubgraphName } from '@ronghe/types';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as batch from 'kubernetes-models/batch/v1';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as core from 'kubernetes-models/v1';
import { describe, expect, test } from 'vitest';
import { containersOf, type Manifest, renderKustomization } from './kustomize.js';

// No cluster runs here: every object of both renders is checked against the Kubernetes API's
// OpenAPI schemas (kubernetes-models), the CloudNativePG Clusters against their CRD's shape.
const root = new URL('../../', import.meta.url).pathname;
const renders = {
  base: renderKustomization(`${root}deploy/k8s/base`),
  production: renderKustomization(`${root}deploy/k8s/overlays/production`),
};
const production = renders.production;

type Model = { new (data: object): { validate(): void }; apiVersion: string; kind: string };
const models = new Map<string, Model>();
for (const module of [core, apps, batch, policy, autoscaling, networking]) {
  for (const value of Object.values(module) as unknown[]) {
    const model = value as Model;
    if (typeof value === 'function' && model.apiVersion && model.kind) models.set(`${model.apiVersion}/${model.kind}`, model);
  }
}

const ofKind = (kind: string) => production.filter((o) => o.kind === kind);
const named = (kind: string, name: string) => {
  const found = production.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};
const APPS = [...SUBGRAPHS, 'gateway', 'admin'] as const;
const STEPS = ['check', 'publish'] as const;
/** The registry Job template (deploy/k8s/registry/job.yaml) as README's commands fill it in, in production. */
const registryJob = (step: (typeof STEPS)[number], subgraph: SubgraphName, schema = '@service'): Manifest => {
  const gatewayImage = containersOf(named('Deployment', 'gateway'))[0].image;
  const text = readFileSync(`${root}deploy/k8s/registry/job.yaml`, 'utf8')
    .replaceAll('__STEP__', step)
    .replaceAll('__SUBGRAPH__', subgraph)
    .replaceAll('__PORT__', String(SUBGRAPH_PORTS[subgraph]))
    .replaceAll('__SCHEMA__', schema)
    .replaceAll('__IMAGE__', gatewayImage);
  expect(text, 'every placeholder filled in').not.toMatch(/__[A-Z]+__/);
  const job = parse(text) as Manifest;
  // kubectl create gives it a name after generateName, in the namespace it is created in.
  job.metadata = { ...job.metadata, name: `registry-${step}-${subgraph}`, namespace: 'ronghe' };
  return job;
};
const registryJobs = STEPS.flatMap((step) => SUBGRAPHS.map((subgraph) => registryJob(step, subgraph)));

describe.each(Object.entries(renders))('the %s render', (_name, objects) => {
  test('every object validates against the Kubernetes API schemas', () => {
    const kinds = new Set<string>();
    for (const object of objects) {
      if (object.apiVersion === 'postgresql.cnpg.io/v1') continue;
      const Model = models.get(`${object.apiVersion}/${object.kind}`);
      expect(Model, `${object.apiVersion} ${object.kind} has a schema`).toBeDefined();
      expect(() => new Model!(object).validate(), `${object.kind} ${object.metadata.name}`).not.toThrow();
      kinds.add(object.kind);
    }
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'Job']) {
      expect(kinds).toContain(kind);
    }
  });

  test('every CloudNativePG Cluster has the shape its CRD requires', () => {
    const clusters = objects.filter((o) => o.kind === 'Cluster');
    expect(clusters.map((c) => c.metadata.name).sort()).toEqual([...SUBGRAPHS.map((s) => `${s}-db`), 'registry-db'].sort());
    for (const cluster of clusters) checkCnpgCluster(cluster);
  });

  test('no object names twice, and none holds a secret value', () => {
    const keys = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
  });
});

describe('every app', () => {
  test.each(APPS)('%s runs as a Deployment of two or more replicas with probes, resources and no root', (app) => {
    const deployment = named('Deployment', app);
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number) });
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    for (const container of containersOf(deployment)) {
      expect(container.readinessProbe, `${app} readiness`).toBeDefined();
      expect(container.livenessProbe, `${app} liveness`).toBeDefined();
      expect(container.resources.requests).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
      expect(container.resources.limits).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
      expect(container.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(container.image).toMatch(/^registry\.example\.gov\.cn\/ronghe\/[a-z]+:\d+\.\d+\.\d+$/);
    }
  });

  test.each(APPS)('%s has a Service, a PodDisruptionBudget and an autoscaler on its pods', (app) => {
    const selector = named('Deployment', app).spec.selector.matchLabels;
    expect(named('Service', app).spec.selector).toEqual(selector);
    expect(named('PodDisruptionBudget', app).spec.selector.matchLabels).toEqual(selector);
    const hpa = named('HorizontalPodAutoscaler', app);
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: app });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.minReplicas).toBeLessThanOrEqual(named('Deployment', app).spec.replicas);
  });

  test('every secret a pod reads comes by reference, never as a value', () => {
    const workloads = [...ofKind('Deployment'), ...ofKind('Job'), ...registryJobs];
    const secretish = /SECRET|PASSWORD|TOKEN|KEY|DATABASE_URL|REDIS_URL/;
    let references = 0;
    for (const workload of workloads) {
      for (const container of containersOf(workload)) {
        for (const variable of container.env ?? []) {
          if (!secretish.test(variable.name)) continue;
          expect(variable.value, `${workload.metadata.name} ${variable.name}`).toBeUndefined();
          expect(variable.valueFrom?.secretKeyRef, `${workload.metadata.name} ${variable.name}`).toMatchObject({
            name: expect.any(String),
            key: expect.any(String),
          });
          references++;
        }
      }
    }
    expect(references).toBeGreaterThan(20);
  });
});

describe.each(SUBGRAPHS)('the %s subgraph', (subgraph) => {
  test('reads its own database, created by CloudNativePG, and migrates in a Job of the same image', () => {
    const deployment = named('Deployment', subgraph);
    const job = named('Job', `${subgraph}-migrate`);
    const [container] = containersOf(deployment);
    const [migrate] = containersOf(job);
    const databaseUrl = (c: { env: { name: string; valueFrom?: unknown }[] }) => c.env.find((v) => v.name === 'DATABASE_URL')?.valueFrom;
    // CloudNativePG writes the application user's connection string to `<cluster>-app`, key `uri`.
    expect(databaseUrl(container)).toEqual({ secretKeyRef: { name: `${subgraph}-db-app`, key: 'uri' } });
    expect(databaseUrl(migrate)).toEqual(databaseUrl(container));
    expect(named('Cluster', `${subgraph}-db`).spec.bootstrap.initdb).toEqual({ database: subgraph, owner: subgraph });
    expect(migrate.image).toBe(container.image);
    expect(migrate.command).toEqual(['node', 'dist/migrate.js']);
    expect(container.env).toContainEqual({ name: 'DB_MIGRATE_ON_START', value: 'false' });
    expect(job.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(job.spec.template.spec.restartPolicy).toBe('OnFailure');
  });

  test('listens where the gateway and its Service look for it', () => {
    const port = SUBGRAPH_PORTS[subgraph];
    expect(named('Service', subgraph).spec.ports[0].port).toBe(port);
    expect(containersOf(named('Deployment', subgraph))[0].ports[0].containerPort).toBe(port);
    expect(containersOf(named('Deployment', 'gateway'))[0].env).toContainEqual({
      name: `${subgraph.toUpperCase()}_URL`,
      value: `http://${subgraph}:${port}/graphql`,
    });
  });
});

describe('the schema registry', () => {
  test('the gateways read it by a Secret of a role that may only read, and poll it', () => {
    const env = containersOf(named('Deployment', 'gateway'))[0].env;
    expect(env).toContainEqual({ name: 'REGISTRY_DATABASE_URL', valueFrom: { secretKeyRef: { name: 'registry-db-gateway', key: 'uri' } } });
    expect(env).toContainEqual({ name: 'SUPERGRAPH_POLL_MS', value: expect.stringMatching(/^\d+$/) });
    const cluster = named('Cluster', 'registry-db');
    expect(cluster.spec.bootstrap.initdb).toEqual({ database: 'registry', owner: 'registry' });
    // pg_read_all_data: SELECT on every table, nothing else; the registry is the cluster's only database.
    expect(cluster.spec.managed.roles).toEqual([
      expect.objectContaining({
        name: 'registry_gateway',
        login: true,
        inRoles: ['pg_read_all_data'],
        passwordSecret: { name: 'registry-db-gateway' },
      }),
    ]);
    expect(cluster.spec.managed.roles[0]).not.toHaveProperty('superuser', true);
  });

  test.each(STEPS)('the %s Job template validates for every subgraph and runs the gateway image as the owner', (step) => {
    for (const subgraph of SUBGRAPHS) {
      const job = registryJob(step, subgraph);
      expect(() => new batch.Job(job as object).validate(), `${step} ${subgraph}`).not.toThrow();
      const [container] = containersOf(job);
      expect(container.image).toBe(containersOf(named('Deployment', 'gateway'))[0].image);
      expect([...container.command, ...container.args]).toEqual([
        'node',
        'dist/registry.js',
        step,
        '--subgraph',
        subgraph,
        '--url',
        `http://${subgraph}:${SUBGRAPH_PORTS[subgraph]}/graphql`,
        '--schema',
        '@service',
      ]);
      // The owner's Secret (CloudNativePG's registry-db-app): it creates the registry's tables.
      expect(container.env).toContainEqual({
        name: 'REGISTRY_DATABASE_URL',
        valueFrom: { secretKeyRef: { name: 'registry-db-app', key: 'uri' } },
      });
      expect(container.env).toContainEqual({
        name: 'ORGANIZATIONS_URL',
        value: `http://organizations:${SUBGRAPH_PORTS.organizations}/graphql`,
      });
      expect(job.spec.template.metadata.labels).toEqual(job.metadata.labels);
      expect(job.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    }
  });

  test('a schema given as a file comes from the ConfigMap the Job mounts', () => {
    const job = registryJob('check', 'tasks', '/schema/schema.graphql');
    const [container] = containersOf(job);
    const mount = container.volumeMounts.find((m: { mountPath: string }) => m.mountPath === '/schema');
    const volume = job.spec.template.spec.volumes.find((v: { name: string }) => v.name === mount.name);
    expect(volume.configMap).toEqual({ name: 'registry-schema-tasks', optional: true });
    expect(container.args.at(-1)).toBe('/schema/schema.graphql');
  });
});

describe('network policies', () => {
  const policies = ofKind('NetworkPolicy');
  const namespace = 'ronghe';
  const podsOf = (kind: string) =>
    ofKind(kind).map((o) => ({ who: `${kind} ${o.metadata.name}`, labels: o.spec.template.metadata.labels as Labels, namespace }));
  const sources: Pod[] = [
    ...podsOf('Deployment'),
    ...podsOf('Job'),
    ...registryJobs.map((o) => ({ who: `Job ${o.metadata.name}`, labels: o.spec.template.metadata.labels as Labels, namespace })),
    { who: 'a pod of another namespace', labels: { 'app.kubernetes.io/name': 'gateway' }, namespace: 'elsewhere' },
  ];
  const databasePod = (subgraph: SubgraphName): Pod => ({
    who: `${subgraph} database`,
    labels: { 'cnpg.io/cluster': `${subgraph}-db` },
    namespace,
  });
  const subgraphPod = (subgraph: SubgraphName) => sources.find((p) => p.who === `Deployment ${subgraph}`)!;
  const callers = callersFromCode();

  test('deny every connection that no policy lets in', () => {
    expect(policies.find((p) => Object.keys(p.spec.podSelector).length === 0)?.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
  });

  test.each(SUBGRAPHS)('let only the gateway, the subgraphs whose code calls it and its registry Jobs reach %s', (subgraph) => {
    const allowed = sources.filter((source) => admits(policies, subgraphPod(subgraph), source, SUBGRAPH_PORTS[subgraph])).map((s) => s.who);
    // Every registry Job asks organizations for partner clients' operations; the others only its own subgraph (@service).
    const jobs = subgraph === 'organizations' ? SUBGRAPHS : [subgraph];
    const expected = [
      ...['gateway', ...(callers.get(subgraph) ?? [])].map((name) => `Deployment ${name}`),
      ...STEPS.flatMap((step) => jobs.map((name) => `Job registry-${step}-${name}`)),
    ];
    expect(allowed.sort()).toEqual(expected.sort());
  });

  test.each(SUBGRAPHS)('let only the %s subgraph and its migration reach its database', (subgraph) => {
    const allowed = sources.filter((source) => admits(policies, databasePod(subgraph), source, 5432)).map((s) => s.who);
    expect(allowed.sort()).toEqual([`Deployment ${subgraph}`, `Job ${subgraph}-migrate`]);
  });

  test('let only the gateways and the registry Jobs reach the registry database, no subgraph', () => {
    const registryDb: Pod = { who: 'registry database', labels: { 'cnpg.io/cluster': 'registry-db' }, namespace };
    const allowed = sources.filter((source) => admits(policies, registryDb, source, 5432)).map((s) => s.who);
    expect(allowed.sort()).toEqual(['Deployment gateway', ...registryJobs.map((j) => `Job ${j.metadata.name}`)].sort());
    for (const subgraph of SUBGRAPHS) expect(admits(policies, registryDb, subgraphPod(subgraph), 5432), subgraph).toBe(false);
  });

  test('let anyone reach the gateway and the admin client', () => {
    const outside: Pod = { who: 'ingress controller', labels: {}, namespace: 'ingress-nginx' };
    expect(admits(policies, sources.find((p) => p.who === 'Deployment gateway')!, outside, 4000)).toBe(true);
    expect(admits(policies, sources.find((p) => p.who === 'Deployment admin')!, outside, 3000)).toBe(true);
    expect(admits(policies, subgraphPod('organizations'), outside, 4001)).toBe(false);
  });
});

type Labels = Record<string, string>;
interface Pod {
  who: string;
  labels: Labels;
  namespace: string;
}

/** Which subgraphs each subgraph's code calls: the `<NAME>_URL` settings of its config. */
function callersFromCode(): Map<SubgraphName, SubgraphName[]> {
  const callers = new Map<SubgraphName, SubgraphName[]>();
  for (const caller of SUBGRAPHS) {
    const config = readFileSync(`${root}apps/${caller}/src/config.ts`, 'utf8');
    for (const [, callee] of config.matchAll(/subgraphUrlSetting\('([a-z]+)'\)/g)) {
      callers.set(callee as SubgraphName, [...(callers.get(callee as SubgraphName) ?? []), caller]);
    }
  }
  return callers;
}

const matches = (selector: { matchLabels?: Labels } | undefined, labels: Labels) =>
  Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);

/**
 * Whether a connection from `source` to `target` on `port` gets in, as Kubernetes decides it: a
 * pod no ingress policy selects takes everything; otherwise some selecting policy must have a rule
 * whose peers and ports both admit it. The namespace's pods run in `ronghe`, whose namespace
 * label `kubernetes.io/metadata.name` is its name.
 */
function admits(policies: Manifest[], target: Pod, source: Pod, port: number): boolean {
  const selecting = policies.filter((p) => p.metadata.namespace === target.namespace && matches(p.spec.podSelector, target.labels));
  if (selecting.length === 0) return true;
  return selecting.some((policy) =>
    (policy.spec.ingress ?? []).some(
      (rule: { from?: Record<string, { matchLabels?: Labels }>[]; ports?: { port: number }[] }) =>
        (!rule.ports || rule.ports.some((p) => p.port === port)) &&
        (!rule.from ||
          rule.from.some((peer) => {
            if (peer.ipBlock) return false;
            const namespaceOk = peer.namespaceSelector
              ? matches(peer.namespaceSelector, { 'kubernetes.io/metadata.name': source.namespace })
              : source.namespace === target.namespace;
            return namespaceOk && (!peer.podSelector || matches(peer.podSelector, source.labels));
          })),
    ),
  );
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const QUANTITY = /^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/;
/** The `spec` fields of CloudNativePG's Cluster (postgresql.cnpg.io/v1) these manifests may use. */
const CLUSTER_SPEC_FIELDS = new Set([
  'instances',
  'imageName',
  'primaryUpdateStrategy',
  'enableSuperuserAccess',
  'bootstrap',
  'storage',
  'walStorage',
  'resources',
  'postgresql',
  'backup',
  'monitoring',
  'affinity',
  'managed',
]);

/** CloudNativePG publishes no models package: the Cluster fields its CRD requires, by hand. */
function checkCnpgCluster(cluster: Manifest): void {
  const where = `Cluster ${cluster.metadata.name}`;
  expect(cluster.apiVersion, where).toBe('postgresql.cnpg.io/v1');
  expect(cluster.metadata.name, where).toMatch(DNS_LABEL);
  const spec = cluster.spec;
  expect(
    Object.keys(spec).filter((key) => !CLUSTER_SPEC_FIELDS.has(key)),
    where,
  ).toEqual([]);
  expect(Number.isInteger(spec.instances) && spec.instances >= 1, `${where} instances`).toBe(true);
  expect(spec.storage.size, `${where} storage.size`).toMatch(QUANTITY);
  expect(['unsupervised', 'supervised', undefined], `${where} primaryUpdateStrategy`).toContain(spec.primaryUpdateStrategy);
  expect(spec.bootstrap.initdb, `${where} bootstrap.initdb`).toMatchObject({
    database: expect.stringMatching(/^[a-z_]+$/),
    owner: expect.any(String),
  });
  for (const group of ['requests', 'limits']) {
    for (const value of Object.values(spec.resources?.[group] ?? {})) expect(String(value), `${where} resources`).toMatch(QUANTITY);
  }
  expect(spec.imageName, `${where} imageName`).toMatch(/^[a-z0-9./-]+(:[\w.-]+)?$/);
  // spec.managed.roles: the RoleConfiguration fields these manifests use.
  const ROLE_FIELDS = new Set(['name', 'ensure', 'login', 'inherit', 'inRoles', 'connectionLimit', 'passwordSecret', 'comment']);
  for (const role of spec.managed?.roles ?? []) {
    expect(
      Object.keys(role).filter((key) => !ROLE_FIELDS.has(key)),
      `${where} role`,
    ).toEqual([]);
    expect(role.name, `${where} role name`).toMatch(/^[a-z_][a-z0-9_]*$/);
    expect(['present', 'absent', undefined]).toContain(role.ensure);
    expect(Object.keys(role.passwordSecret ?? { name: 'x' }), `${where} passwordSecret`).toEqual(['name']);
  }
}
