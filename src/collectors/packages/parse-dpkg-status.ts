/**
 * /var/lib/dpkg/status: RFC 822-style stanzas separated by blank lines, continuation lines starting
 * with a blank. Only packages whose Status ends in "installed" are kept. One pass over the text
 * with indexOf, no per-line regexes: a real status file is several megabytes. Pure.
 */
import type { InstalledPackage } from './packages.types.ts';

export function parseDpkgStatus(text: string): InstalledPackage[] {
  const out: InstalledPackage[] = [];
  let name = '';
  let version = '';
  let arch = '';
  let installed = false;
  const flush = () => {
    if (installed && name !== '') out.push({ name, version, arch });
    name = version = arch = '';
    installed = false;
  };
  let pos = 0;
  const length = text.length;
  while (pos <= length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = length;
    let lineEnd = end;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (lineEnd === pos) {
      flush();
    } else {
      const first = text.charCodeAt(pos);
      // Continuation lines (space or tab) belong to Description and the like: skipped.
      if (first !== 32 && first !== 9) {
        const colon = text.indexOf(':', pos);
        if (colon > pos && colon < lineEnd) {
          const field = text.slice(pos, colon);
          switch (field) {
            case 'Package':
              name = text.slice(colon + 1, lineEnd).trim();
              break;
            case 'Version':
              version = text.slice(colon + 1, lineEnd).trim();
              break;
            case 'Architecture':
              arch = text.slice(colon + 1, lineEnd).trim();
              break;
            case 'Status':
              // "want flag status": the package is on disk when the status word is "installed", whatever
              // the selection ("hold ok installed" and "deinstall ok installed" are installed too).
              installed = / installed$/.test(text.slice(colon + 1, lineEnd).trimEnd());
              break;
          }
        }
      }
    }
    pos = end + 1;
  }
  flush();
  out.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.arch < b.arch ? -1 : a.arch > b.arch ? 1 : 0,
  );
  return out;
}
