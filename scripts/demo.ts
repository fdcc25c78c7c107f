// The README's main job until the emulator and clients land: show what the spec generated, read back
// through the built @clicky-sdk/core package.
import { DATA_TYPE_NAMES, DATA_TYPES, LIMITS, PARAMETERS, PLANS } from '@clicky-sdk/core';

const byCategory = new Map<string, string[]>();
for (const name of DATA_TYPE_NAMES) {
  const cat = DATA_TYPES[name].category;
  byCategory.set(cat, [...(byCategory.get(cat) ?? []), name]);
}

console.log(`\n@clicky-sdk/core knows ${DATA_TYPE_NAMES.length} data types and ${PARAMETERS.length} parameters.\n`);
for (const [cat, names] of byCategory) console.log(`  ${cat.padEnd(14)} ${String(names.length).padStart(2)}  ${names.join(', ')}`);
console.log('\nParameters and where they apply:');
for (const p of PARAMETERS) {
  const where = p.appliesTo === '*' ? 'every type' : p.appliesTo.length > 6 ? `${p.appliesTo.length} types` : p.appliesTo.join(', ');
  const extra = [p.required ? 'required' : '', p.secret ? 'secret' : '', p.default !== undefined ? `default ${String(p.default)}` : '']
    .filter(Boolean)
    .join(', ');
  console.log(`  ${p.name.padEnd(26)} ${p.kind.padEnd(8)} ${where}${extra ? `  (${extra})` : ''}`);
}
console.log(
  `\nLimits: limit ${LIMITS.limitMin}-${LIMITS.limitMax} or all (<= ${LIMITS.limitAllCap}); restricted types ` +
    `${LIMITS.restrictedMaxRangeDays} days, ${LIMITS.restrictedMaxLimit} a page, ${LIMITS.restrictedMaxConcurrentPerSite} in flight per site.`,
);
console.log(`Plans: ${Object.entries(PLANS).map(([n, p]) => `${n} (ranges <= ${p.maxRangeDays} days)`).join(', ')}\n`);
