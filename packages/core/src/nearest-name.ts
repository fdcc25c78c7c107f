// "Did you mean": the known name nearest to a misspelt one, for errors that name an unknown parameter or option.
// Case is ignored (`siteKey` finds `sitekey`), and a name more than two edits from every candidate finds none.

/** The candidate within two edits of `name` (case ignored), the nearest first in candidate order. */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestScore = 3;
  for (const candidate of candidates) {
    const d = editDistance(wanted, candidate.toLowerCase());
    if (d < bestScore) [best, bestScore] = [candidate, d];
  }
  return best;
}

/**
 * Levenshtein distance, or 3 as soon as the lengths alone differ by more than 2 (so a long name costs nothing:
 * only names of about a candidate's length are compared letter by letter).
 */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 3;
}
