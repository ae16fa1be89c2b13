<?php
// Called from crontab every minute
if (PHP_SAPI !== 'cli') {
    exit('cli only');
}
$php = PHP_BINARY;
$jobs = ['artisan schedule:run', 'artisan queue:work --stop-when-empty', 'bin/console app:cleanup'];
foreach ($jobs as $job) {
    exec(escapeshellcmd($php . ' ' . __DIR__ . '/' . $job) . ' >> /var/log/app-cron.log 2>&1', $out, $code);
    if ($code !== 0) {
        error_log('job failed: ' . $job);
    }
}
