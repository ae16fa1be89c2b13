/**
 * The secrets detector: cloud access keys, tokens, private keys and passwords in plaintext files
 * (rules in src/secrets). Each detection carries the masked secret, never the value, and a score for
 * how exposed the file is: 1 under a web root, 0.9 readable by every user, 0.7 by the group, 0.4 by its
 * owner only (also a private key in its conventional place, ~/.ssh or /etc/ssl/private, unless others
 * can read it). Encrypted or hashed values are reported as protected (score 0.1). Publishable keys are
 * not secrets and are left out. Documentation and example files are not read.
 */
import { findSecrets, isDocumentationPath, type SecretFinding } from '../../secrets/find.ts';
import { SECRET_KEYWORDS, SECRET_PATTERNS } from '../../secrets/rules.ts';
import { defineDetector, type Detection, type FileInfo } from '../detector.ts';

export const SECRETS_DETECTOR_ID = 'secrets';

/** Score at or above which a detection is a secret others can read. */
export const EXPOSED_SCORE = 0.7;
export const PROTECTED_SCORE = 0.1;

/** Files never holding configuration: styles, maps, fonts, lock files. */
const SKIP_EXT = /\.(?:css|scss|less|svg|map|woff2?|ttf|eot|lock|pub|crt|cer)$/i;
/** Where private keys belong (owner-only there is the normal, protected state). */
const KEY_HOME = /(?:^|\/)(?:\.ssh|\.gnupg)\/|^\/etc\/(?:ssh|ssl\/private|pki\/[^/]+\/private|letsencrypt)\//;

function exposure(file: FileInfo, finding: SecretFinding): { score: number; reason: string } {
  const perm = (file.mode & 0o777).toString(8).padStart(3, '0');
  if (finding.protection === 'encrypted')
    return { score: PROTECTED_SCORE, reason: 'protected (encrypted or hashed)' };
  if (file.webRoot !== null) return { score: 1, reason: `under the web root ${file.webRoot}` };
  if (file.mode & 0o004) return { score: 0.9, reason: `readable by every user (mode ${perm})` };
  if (finding.kind === 'private-key' && KEY_HOME.test(file.path)) {
    return { score: 0.4, reason: `in its usual place, mode ${perm}` };
  }
  if (file.mode & 0o040) return { score: 0.7, reason: `readable by the file's group (mode ${perm})` };
  return { score: 0.4, reason: `readable by its owner only (mode ${perm})` };
}

export const secretsDetector = defineDetector({
  id: SECRETS_DETECTOR_ID,
  patterns: SECRET_PATTERNS,
  keywords: SECRET_KEYWORDS,
  wants(file: FileInfo): boolean {
    return !file.binary && !SKIP_EXT.test(file.path) && !isDocumentationPath(file.path);
  },
  scan(text: string, file: FileInfo, firstLine: number): Detection[] {
    const out: Detection[] = [];
    for (const f of findSecrets(text, firstLine)) {
      if (f.public) continue;
      const { score, reason } = exposure(file, f);
      out.push({
        detector: SECRETS_DETECTOR_ID,
        rule: f.rule,
        path: file.path,
        line: f.line,
        score,
        reasons: [
          f.title.en,
          reason,
          ...(f.protection === 'unknown' ? ['protection unknown (PGP block)'] : []),
        ],
        excerpt: f.masked,
      });
    }
    return out;
  },
});
