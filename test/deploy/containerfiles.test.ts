import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '@ronghe/types';
import { describe, expect, test } from 'vitest';

// What operators rely on in each image, read from its Containerfile (no registry is reachable
// here to build one in a test): the base named as a build argument, every stage on it, a
// non-root user, a health check on /health, and for the subgraphs the one-shot migration command.
const root = new URL('../../', import.meta.url).pathname;
const APPS = [...SUBGRAPHS, 'gateway', 'admin'] as const;

interface Instruction {
  keyword: string;
  args: string;
}

/** The instructions of a Containerfile: continuation lines joined, comments dropped. */
function instructionsOf(app: string): Instruction[] {
  const text = readFileSync(`${root}deploy/containers/${app}.Containerfile`, 'utf8');
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
  return lines
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The stage that becomes the image: the instructions after the last FROM. */
const finalStage = (instructions: Instruction[]) => instructions.slice(instructions.findLastIndex((i) => i.keyword === 'FROM'));

/** The workspace packages an app needs at run time: its dependencies, and theirs. */
function workspaceDependencies(pkgDir: string, seen = new Set<string>()): Set<string> {
  const pkg = JSON.parse(readFileSync(`${root}${pkgDir}/package.json`, 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    if (!name.startsWith('@ronghe/') || seen.has(name)) continue;
    const short = name.slice('@ronghe/'.length);
    const dir = existsSync(`${root}packages/${short}`) ? `packages/${short}` : `apps/${short}`;
    seen.add(dir);
    workspaceDependencies(dir, seen);
  }
  return seen;
}

/**
 * Files an app's code reads next to its compiled code (`new URL('../x', import.meta.url)`), as
 * repository paths: the image must hold them where dist/ looks (e.g. the gateway's supergraph).
 */
function filesReadBesideCode(app: string): string[] {
  const src = `${root}apps/${app}/src`;
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('print-schema.ts'),
  );
  return files.flatMap((file) =>
    [...readFileSync(`${src}/${file}`, 'utf8').matchAll(/new URL\('(\.[^']+)', import\.meta\.url\)/g)].map(([, relative]) =>
      path.relative(root, path.resolve(`${root}apps/${app}/dist`, path.dirname(file), relative!)),
    ),
  );
}

describe.each(APPS)('the %s image', (app) => {
  const instructions = instructionsOf(app);
  const image = finalStage(instructions);

  test('names its base as the build argument NODE_IMAGE, a slim Node image by default, and builds every stage on it', () => {
    expect(instructions[0]).toEqual({ keyword: 'ARG', args: 'NODE_IMAGE=node:20-bookworm-slim' });
    const froms = instructions.filter((i) => i.keyword === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from.args).toMatch(/^\$\{NODE_IMAGE\} AS [a-z]+$/);
  });

  test('runs as a non-root user, with a health check on /health', () => {
    const users = image.filter((i) => i.keyword === 'USER');
    expect(users).toHaveLength(1);
    const [user] = (users[0]?.args ?? '').split(':');
    expect(user).toMatch(/^[1-9]\d*$/);
    const health = image.filter((i) => i.keyword === 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(health[0]?.args).toMatch(/CMD node -e .*\/health/);
    // The user is set before the command, so nothing in the image runs as root.
    expect(image.findIndex((i) => i.keyword === 'USER')).toBeLessThan(image.findIndex((i) => i.keyword === 'CMD'));
  });

  test('is configured from the environment only: no settings file is copied in, no secret is baked in', () => {
    const env = image.filter((i) => i.keyword === 'ENV').map((i) => i.args);
    expect(env.join(' ')).not.toMatch(/SECRET|PASSWORD|DATABASE_URL/);
    expect(image.filter((i) => i.keyword === 'COPY').map((i) => i.args)).not.toContainEqual(expect.stringMatching(/\.env\b|config\.json/));
  });
});

/** Every workspace's folder, from the root package.json's globs (packages/*, apps/*, test). */
function workspaceFolders(): string[] {
  const { workspaces } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { workspaces: string[] };
  return workspaces.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(`${root}${glob.slice(0, -2)}`)
          .map((name) => `${glob.slice(0, -2)}/${name}`)
          .filter((dir) => existsSync(`${root}${dir}/package.json`))
      : [glob],
  );
}

/** The instructions of a stage, from its FROM to the next. */
const stage = (instructions: Instruction[], name: string) => {
  const start = instructions.findIndex((i) => i.keyword === 'FROM' && i.args.endsWith(` AS ${name}`));
  const end = instructions.findIndex((i, index) => index > start && i.keyword === 'FROM');
  return instructions.slice(start, end === -1 ? undefined : end);
};

describe('the build stage', () => {
  test('is the same in all six Containerfiles, so a layered build makes it once', () => {
    const [first, ...others] = APPS.map((app) => stage(instructionsOf(app), 'build'));
    expect(first?.length).toBeGreaterThan(3);
    for (const other of others) expect(other).toEqual(first);
  });

  test.each(['build', 'deps'])('%s installs from every workspace manifest, copied before the sources', (name) => {
    for (const app of name === 'deps' ? ['gateway', ...SUBGRAPHS] : APPS) {
      const instructions = stage(instructionsOf(app), name);
      const install = instructions.findIndex((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
      const copiedBefore = instructions.slice(0, install).filter((i) => i.keyword === 'COPY');
      const manifests = copiedBefore.flatMap((i) => i.args.split(' ').slice(0, -1));
      expect(manifests, app).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
      for (const dir of workspaceFolders()) expect(manifests, `${app} copies ${dir}/package.json`).toContain(`${dir}/package.json`);
      // Only manifests before the install: a source change must not invalidate it.
      expect(
        manifests.every((file) => file.endsWith('package.json') || file === 'package-lock.json'),
        app,
      ).toBe(true);
    }
  });
});

describe.each(['gateway', ...SUBGRAPHS])('the %s image', (app) => {
  const image = finalStage(instructionsOf(app));
  const copies = image.filter((i) => i.keyword === 'COPY').map((i) => i.args.split(' ').at(-1));

  test('holds the compiled code of every workspace package the app imports, and its production dependencies', () => {
    for (const dir of [`apps/${app}`, ...workspaceDependencies(`apps/${app}`)]) {
      expect(copies).toContain(`${dir}/dist`);
      expect(copies).toContain(`${dir}/package.json`);
      // Dependencies npm installed beside the workspace (a version other than the hoisted one; ioredis for the gateway).
      expect(copies).toContain(`${dir}/node_modules`);
    }
    expect(copies).toContain('node_modules');
    for (const file of filesReadBesideCode(app)) expect(copies, `${app} reads ${file}`).toContain(file);
    expect(image.at(-1)).toEqual({ keyword: 'CMD', args: '["node", "dist/main.js"]' });
  });
});

describe.each(SUBGRAPHS)('the %s image', (subgraph) => {
  test('migrates as a one-shot command of the same image, and its replicas leave migrating to it', () => {
    const pkg = JSON.parse(readFileSync(`${root}apps/${subgraph}/package.json`, 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.migrate).toBe('node dist/migrate.js');
    expect(readFileSync(`${root}apps/${subgraph}/src/migrate.ts`, 'utf8')).toContain('runMigrationProcess(SUBGRAPH_NAME, migrations');
    const env = finalStage(instructionsOf(subgraph))
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toContain('DB_MIGRATE_ON_START=false');
  });
});
