import type { z } from 'zod';

/** "path: message" per issue; zod messages name the rule broken, never the offending value, so they are safe to log. */
export function issueMessages(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

export function describeIssues(error: z.ZodError, max = 5): string {
  const messages = issueMessages(error);
  const more = messages.length > max ? `; and ${messages.length - max} more` : '';
  return messages.slice(0, max).join('; ') + more;
}
