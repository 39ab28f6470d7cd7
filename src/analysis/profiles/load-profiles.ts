import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { describeIssues } from '../../contracts/describe-issues.js';
import { projectRoot } from '../../services/paths.js';
import { profileDefinitionSchema, signalsSchema, type Profile } from './profile-schema.js';

export const defaultProfilesDir = join(projectRoot, 'profiles');
export const FALLBACK_VERTICAL = 'generic';
const SIGNALS_FILE = 'signals.json';

export interface ProfileLookup {
  profile: Profile;
  /** The vertical has no profile and got the generic one: the caller should log a warning. */
  fellBack: boolean;
}

export interface ProfileRegistry {
  readonly verticals: readonly string[];
  get(vertical: string): ProfileLookup;
}

function readValidated<T>(path: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Every profiles/<vertical>.json of a folder, validated, with the folder's signals.json.
 * Fails on the first invalid file, naming it and the path of each problem inside it.
 */
export function loadProfiles(dir: string = defaultProfilesDir): ProfileRegistry {
  const signals = readValidated(join(dir, SIGNALS_FILE), signalsSchema);
  const profiles = new Map<string, Profile>();
  const files = readdirSync(dir).filter((file) => file.endsWith('.json') && file !== SIGNALS_FILE).sort();
  for (const file of files) {
    const path = join(dir, file);
    const definition = readValidated(path, profileDefinitionSchema);
    if (definition.name !== basename(file, '.json')) throw new Error(`${path}: name: "${definition.name}" must match the file name`);
    profiles.set(definition.name, { ...definition, signals });
  }
  const fallback = profiles.get(FALLBACK_VERTICAL);
  if (!fallback) throw new Error(`${dir}: no ${FALLBACK_VERTICAL}.json, the profile unknown verticals fall back to`);
  return {
    verticals: [...profiles.keys()],
    get(vertical) {
      const profile = profiles.get(vertical);
      return profile ? { profile, fellBack: false } : { profile: fallback, fellBack: true };
    },
  };
}
