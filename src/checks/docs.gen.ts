import { writeFileSync } from 'node:fs';
import { renderChecksDoc } from './docs.ts';

writeFileSync(new URL('../../docs/checks.md', import.meta.url), renderChecksDoc());
console.log('wrote docs/checks.md');
