import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The gateway holds no data: the kit entries it imports must not pull in the database driver,
// TypeORM or the spreadsheet libraries (slow start, and a footprint the gateway has no use for).
const here = path.dirname(fileURLToPath(import.meta.url));
const kitDir = path.resolve(here, '../../../packages/kit');
const exportsMap = JSON.parse(readFileSync(path.join(kitDir, 'package.json'), 'utf8')).exports as Record<string, { source: string }>;
const HEAVY = /^(typeorm|pg|exceljs|csv-parse|@electric-sql\/.*)$/;

/** Specifiers a module loads at run time (type-only imports are erased). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gm)];
  return found.map((m) => m[1] as string);
}

/** Every package the module graph from `entry` loads, following the kit's own relative imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:'))
        packages.add(
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(entry);
  return packages;
}

const gatewayKitImports = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .flatMap((f) => runtimeImports(path.join(here, f)))
  .filter((s) => s === '@ronghe/kit' || s.startsWith('@ronghe/kit/'));

describe("the gateway's use of the kit", () => {
  it('imports only entries that load no database or spreadsheet code', () => {
    expect(gatewayKitImports.length).toBeGreaterThan(0);
    for (const specifier of new Set(gatewayKitImports)) {
      const entry = exportsMap[specifier.replace('@ronghe/kit', '.')];
      expect(entry, `${specifier} is exported by the kit`).toBeDefined();
      const heavy = [...packagesLoadedBy(path.join(kitDir, entry!.source))].filter((p) => HEAVY.test(p));
      expect(heavy, specifier).toEqual([]);
    }
  });

  it('would notice the whole kit, which does load them', () => {
    const heavy = [...packagesLoadedBy(path.join(kitDir, exportsMap['.']!.source))].filter((p) => HEAVY.test(p));
    // exceljs and csv-parse are imported when a file is first read or written, not at load.
    expect(heavy).toEqual(expect.arrayContaining(['typeorm', 'pg']));
  });
});
