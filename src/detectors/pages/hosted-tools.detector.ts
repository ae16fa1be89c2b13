/**
 * Attack tools offered for download under a web root: archives, executables and scripts whose names,
 * or the names of the files packed inside them (zip/jar entry names are stored in clear), are those
 * of known intrusion, remote-control, credential-theft or flooding tools. Dual-use scanners (nmap,
 * masscan, Burp) are not listed: they need a person's judgement, not a finding.
 */
import { defineDetector, type Detection, type FileInfo } from '../detector.ts';

export const HOSTED_TOOLS_DETECTOR = 'hosted-tools';

const DOWNLOAD_EXT =
  /\.(?:zip|rar|7z|tar|tar\.gz|tgz|tar\.xz|gz|exe|msi|jar|apk|dll|ps1|py|pl|rb|sh|bat|vbs)$/i;
const WEB_TREE =
  /^\/(?:var\/www|srv|usr\/share\/nginx|opt\/lampp\/htdocs|www|data\/www|home\/[^/]+\/(?:public_html|www|htdocs))\//;
const MAX_BYTES = 256 * 1024 * 1024;
const ARCHIVE_EXT = /\.(?:zip|rar|tar|tar\.gz|tgz|tar\.xz|jar|apk)$/i;
/** Archive headers and entry names sit at the start and end; a huge archive is sampled. */
const MAX_SCAN_CHARS = 64 * 1024 * 1024;

/** Names of offensive tools and kits (lower case; matched inside file and entry names). */
export const TOOL_NAMES: { re: RegExp; name: string }[] = [
  { re: /sqlmap/i, name: 'sqlmap' },
  { re: /mimikatz|kiwi_passwords/i, name: 'mimikatz' },
  { re: /cobalt[-_ ]?strike|cobaltstrike|\bcs4\.\d/i, name: 'Cobalt Strike' },
  { re: /metasploit|msfvenom|msfconsole/i, name: 'Metasploit' },
  { re: /\bthc-hydra|\bhydra-\d/i, name: 'hydra' },
  { re: /njrat|gh0st|darkcomet|asyncrat|quasar-?rat|nanocore|remcos|xworm/i, name: 'remote-access trojan' },
  {
    re: /\bloic\b|\bhoic\b|xerxes|slowloris|goldeneye-ddos|ddos[-_ ]?(?:tool|attack|script)|booter|stresser/i,
    name: 'DDoS tool',
  },
  { re: /behinder|冰蝎/i, name: 'Behinder (冰蝎)' },
  { re: /godzilla|哥斯拉/i, name: 'Godzilla (哥斯拉)' },
  { re: /antsword|蚁剑/i, name: 'AntSword (蚁剑)' },
  { re: /caidao|chopper|菜刀/i, name: 'China Chopper (菜刀)' },
  { re: /neo-?regeorg|regeorg|earthworm|\bew_for_/i, name: 'tunnelling kit' },
  { re: /juicypotato|sweetpotato|printspoofer|rottenpotato|badpotato/i, name: 'privilege-escalation kit' },
  { re: /lazagne|keylogger|stealer|credential[-_ ]?dump/i, name: 'credential stealer' },
  {
    re: /\bexploit[-_ ]?kit\b|exploit[-_ ]?pack|\b0day[-_ ]?exp|private[-_ ]?exploit|\brce[-_ ]?exp/i,
    name: 'exploit kit',
  },
  { re: /ransom(?:ware)?[-_ ]?builder|crypter|fud[-_ ]?builder/i, name: 'malware builder' },
  { re: /远控|免杀|提权|抓鸡|肉鸡|攻击器|木马生成/, name: 'Chinese attack-kit name' },
];

export function wantsHostedTool(file: FileInfo): boolean {
  if (file.size > MAX_BYTES) return false;
  if (file.webRoot === null && !WEB_TREE.test(file.path)) return false;
  return DOWNLOAD_EXT.test(file.path);
}

export function toolNamesIn(s: string): string[] {
  return TOOL_NAMES.filter((t) => t.re.test(s)).map((t) => t.name);
}

export function scanHostedTool(text: string, file: FileInfo, firstLine: number): Detection[] {
  const base = file.path.slice(file.path.lastIndexOf('/') + 1);
  // The name counts once per file: only with its first chunk.
  const byName = firstLine === 1 ? toolNamesIn(base) : [];
  // Inside an archive (zip/jar/tar/rar keep entry names in clear): the names of the tools packed in it.
  // Scripts are judged by their name only: a script may mention a tool without being one.
  const inside = ARCHIVE_EXT.test(base)
    ? toolNamesIn(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text)
    : [];
  const names = [...new Set([...byName, ...inside])].sort();
  if (names.length === 0) return [];
  let score = byName.length > 0 ? 0.65 : 0;
  if (inside.length > 0) score += inside.length >= 2 ? 0.8 : 0.6;
  score = Math.min(1, score);
  if (score < 0.6) return [];
  const reasons = [
    ...(byName.length > 0 ? [`file name names ${byName.join(', ')}`] : []),
    ...(inside.length > 0 ? [`packed files name ${inside.join(', ')}`] : []),
    'downloadable from a web root',
  ];
  return [
    {
      detector: HOSTED_TOOLS_DETECTOR,
      rule: 'hacking-tool',
      path: file.path,
      score: Math.round(score * 100) / 100,
      reasons,
      excerpt: base,
    },
  ];
}

export const hostedToolsDetector = defineDetector({
  id: HOSTED_TOOLS_DETECTOR,
  patterns: TOOL_NAMES.map((t, i) => ({
    id: `tool-${i + 1}`,
    title: t.name,
    regex: t.re.source,
    flags: 'i',
  })),
  wants: (file) => wantsHostedTool(file),
  scan: scanHostedTool,
});
