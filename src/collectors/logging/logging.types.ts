import type { FileLine } from '../../core/evidence.ts';

/** What a log records: system messages, authentication (security), web server traffic, the audit trail. */
export type LogKind = 'system' | 'security' | 'web' | 'audit' | 'other';

/** A logrotate schedule; "size" means rotation by size only (no time period). */
export type RotationCriterion = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'size';

/** The logrotate settings in force for one log, after global defaults and its own block. */
export interface RotationSettings {
  criterion: RotationCriterion;
  /** `rotate N` (default 0); -1 keeps rotated files until maxage removes them. */
  rotate: number;
  /** `maxage N` in days; null when not set. */
  maxage: number | null;
  /** `size` threshold as written (e.g. "100M"); null when not set. */
  size: string | null;
  /** `maxsize` as written; when set, rotation can come before the period ends. */
  maxsize: string | null;
  olddir: string | null;
  missingok: boolean;
}

export interface LogRetention {
  /** The log file (host path) or the glob pattern of a logrotate block ("/var/log/nginx/*.log"). */
  log: string;
  kind: LogKind;
  /**
   * Effective retention in days: the guaranteed minimum when `atMost` is false, a ceiling when a size
   * limit can delete logs sooner (`atMost` true). null = no figure: never rotated away ("not rotated"),
   * size-based rotation only ("size-based"), or bounded by volume (auditd).
   */
  days: number | null;
  atMost: boolean;
  /** How the figure was reached in config terms, e.g. "weekly × rotate 4", "not rotated", "size-based (size 100M)". */
  basis: string;
  /** Who decides: the logrotate block, the rsyslog line that writes an unrotated file, or auditd.conf. */
  source: 'logrotate' | 'rsyslog' | 'auditd';
  /** The logrotate settings when a logrotate block covers the log. */
  rotation: RotationSettings | null;
  /** The logrotate block header (or the rsyslog line / auditd.conf when no block covers it). */
  where: FileLine;
}

export interface RsyslogDestination {
  /** A file path, or a remote target such as "@@loghost:514". */
  target: string;
  type: 'file' | 'remote';
  /** The filter as written: a selector ("auth,authpriv.*"), an expression, or "" for none (everything). */
  filter: string;
  /** Authentication messages (auth/authpriv at info level) reach this destination. */
  auth: boolean;
  /** General system messages (kern, daemon, syslog or user facilities) reach this destination. */
  system: boolean;
  /** The ruleset the action belongs to; null for the default ruleset (local messages). */
  ruleset: string | null;
  where: FileLine;
}

export interface LoggingSection {
  rsyslog: {
    installed: boolean;
    /** Config files read, in include order. */
    configFiles: string[];
    destinations: RsyslogDestination[];
    /** Destinations in the default ruleset that receive authentication messages (files and remote servers). */
    authDestinations: { path: string; remote: boolean; where: FileLine }[];
  };
  journald: {
    /** systemd-journald binary or a journald.conf exists. */
    installed: boolean;
    configFiles: string[];
    /** Storage= as configured (default auto). */
    storage: 'persistent' | 'volatile' | 'auto' | 'none';
    /** auto resolved: persistent only when /var/log/journal exists. */
    effectiveStorage: 'persistent' | 'volatile' | 'none';
    persistentDirExists: boolean;
    /** MaxRetentionSec= in seconds; null when not set, 0 = no time limit. */
    maxRetentionSec: number | null;
    /** MaxFileSec= in seconds; null when not set. */
    maxFileSec: number | null;
    /** SystemMaxUse= as written; null when not set (journald then caps at 10% of the file system, 4G at most). */
    systemMaxUse: string | null;
    /** Time ceiling on retention in days (MaxRetentionSec); null when there is none. Always also bounded by disk use. */
    days: number | null;
    basis: string;
    /** The Storage= line in force, or null when the default applies. */
    where: FileLine | null;
    /** The MaxRetentionSec= line in force, or null. */
    retentionWhere: FileLine | null;
  };
  auditd: {
    installed: boolean;
    /** Enabled at boot (systemd wants link or SysV start link); systemctl is never called. */
    enabled: boolean;
    /** Rules (-a/-A/-w lines) in /etc/audit/rules.d/*.rules, or /etc/audit/audit.rules when rules.d has none. */
    ruleCount: number;
    rulesFiles: string[];
    maxLogFileMb: number | null;
    numLogs: number | null;
    maxLogFileAction: string | null;
    /** /etc/audit/auditd.conf when it exists. */
    where: FileLine | null;
  };
  logrotate: {
    /** Config files read, in the order logrotate reads them. */
    configFiles: string[];
  };
  /** One entry per log file rsyslog writes, per logrotate pattern, and the audit log. Sorted by log. */
  retention: LogRetention[];
}
