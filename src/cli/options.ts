import { InvalidArgumentError } from 'commander';
import { parseDuration } from '../duration.js';

export function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return n;
  };
}

export function duration(value: string): string {
  if (parseDuration(value) === null) throw new InvalidArgumentError('expected a duration such as 30m, 24h, 7d, 2w');
  return value;
}
