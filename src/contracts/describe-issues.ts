import type { z } from 'zod';

/** "path: message" for each issue; zod messages name expectations, never the offending values. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const parts = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > max ? `; and ${error.issues.length - max} more` : '';
  return parts.join('; ') + more;
}
