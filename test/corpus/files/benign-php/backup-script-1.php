<?php
// Admin-only database backup
require __DIR__ . '/auth.php';
require_admin();
$db = preg_replace('/[^a-z0-9_]/i', '', $_POST['database'] ?? 'ucysiw');
$file = sys_get_temp_dir() . '/backup-' . date('Ymd-His') . '.sql.gz';
$cmd = 'mysqldump --single-transaction ' . escapeshellarg($db) . ' | gzip > ' . escapeshellarg($file);
system($cmd, $status);
if ($status === 0) {
    header('Content-Type: application/gzip');
    header('Content-Disposition: attachment; filename="' . basename($file) . '"');
    readfile($file);
}
