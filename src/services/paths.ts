import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The project checkout (works from src/ under tsx and from dist/ after a build). */
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** Git-ignored working folder for downloads, service data and logs. */
export const devstackDir = resolve(process.env.CALLSTREAM_DEVSTACK_DIR ?? join(projectRoot, '.devstack'));

/** Downloads survive across stacks; each stack gets a folder of its own for data and logs. */
export const downloadsDir = join(devstackDir, 'downloads');
