import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run, ServiceError } from './process.js';

async function majorVersionOf(javaBin: string): Promise<number | null> {
  try {
    const out = await run(javaBin, ['-version']);
    const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
    if (!m) return null;
    // Java 8 and older report "1.8"
    return m[1] === '1' ? Number(m[2]) : Number(m[1]);
  } catch {
    return null;
  }
}

function candidateJavas(): string[] {
  const found: string[] = [];
  for (const home of [process.env.CALLSTREAM_JAVA_HOME, process.env.JAVA_HOME]) {
    if (home) found.push(join(home, 'bin/java'));
  }
  for (const root of ['/usr/lib/jvm', '/opt/java', '/Library/Java/JavaVirtualMachines']) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root).sort().reverse()) {
      found.push(join(root, entry, 'bin/java'), join(root, entry, 'Contents/Home/bin/java'));
    }
  }
  found.push('java');
  return found.filter((bin) => bin === 'java' || existsSync(bin));
}

/** The first installed `java` whose major version is at least minMajor. */
export async function findJava(minMajor: number, forWhat: string): Promise<string> {
  const seen: string[] = [];
  for (const bin of candidateJavas()) {
    const major = await majorVersionOf(bin);
    if (major !== null && major >= minMajor) return bin;
    seen.push(`${bin} (${major ?? 'not runnable'})`);
  }
  throw new ServiceError(
    `${forWhat} needs a JDK ${minMajor} or newer, and none was found. Looked at: ${seen.join(', ') || 'nothing'}. ` +
      `Install one (e.g. a Temurin ${minMajor}+) and set CALLSTREAM_JAVA_HOME to it.`,
  );
}
