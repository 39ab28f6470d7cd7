const units: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "30m", "24h", "7d", "2w" → milliseconds; null when the text is not such a duration. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+)([mhdw])$/.exec(text.trim());
  return m ? Number(m[1]) * units[m[2]!]! : null;
}
