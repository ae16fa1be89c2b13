#!/usr/bin/env bash
# Writes one fake process into a fixture /proc (used once to build the trees; the output is committed).
# usage: make-proc.sh ROOT PID PPID UID NAME EXE CWD UTIME STIME STARTTIME [ARGV...]
set -euo pipefail
root=$1 pid=$2 ppid=$3 uid=$4 name=$5 exe=$6 cwd=$7 utime=$8 stime=$9 start=${10}; shift 10
d="$root/proc/$pid"; mkdir -p "$d/fd"
: > "$d/cmdline"; for a in "$@"; do printf '%s\0' "$a" >> "$d/cmdline"; done
printf '%s\n' "$name" > "$d/comm"
printf 'Name:\t%s\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t%s\nPid:\t%s\nPPid:\t%s\nTracerPid:\t0\nUid:\t%s\t%s\t%s\t%s\nGid:\t%s\t%s\t%s\t%s\n' \
  "$name" "$pid" "$pid" "$ppid" "$uid" "$uid" "$uid" "$uid" "$uid" "$uid" "$uid" "$uid" > "$d/status"
printf '%s (%s) S %s %s %s 0 -1 4194560 1000 0 0 0 %s %s 0 0 20 0 1 0 %s 123456789 2000 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n' \
  "$pid" "$name" "$ppid" "$pid" "$pid" "$utime" "$stime" "$start" > "$d/stat"
[ "$exe" = "-" ] || ln -sfn "$exe" "$d/exe"
[ "$cwd" = "-" ] || ln -sfn "$cwd" "$d/cwd"
