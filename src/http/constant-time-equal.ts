/**
 * Compares two secrets in time that depends only on their lengths, so a caller timing the
 * answers cannot learn a secret one character at a time.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let difference = left.length ^ right.length;
  for (let i = 0; i < right.length; i += 1) difference |= (left[i] ?? 0) ^ right[i]!;
  return difference === 0;
}
