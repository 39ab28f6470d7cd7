/** Rounds to a number of decimals: the one rounding used for scores, weights and report figures. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
