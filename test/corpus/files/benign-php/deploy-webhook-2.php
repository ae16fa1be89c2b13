<?php
// GitHub push webhook: pull the latest code
$secret = getenv('DEPLOY_SECRET');
$payload = file_get_contents('php://input');
$signature = 'sha256=' . hash_hmac('sha256', $payload, $secret);
if (!hash_equals($signature, $_SERVER['HTTP_X_HUB_SIGNATURE_256'] ?? '')) {
    http_response_code(403);
    exit('forbidden');
}
$data = json_decode($payload, true);
if (($data['ref'] ?? '') !== 'refs/heads/master') {
    exit('ignored');
}
$output = shell_exec('cd /var/www/app && git pull --ff-only 2>&1 && composer install --no-dev 2>&1');
file_put_contents(__DIR__ . '/deploy.log', date('c') . "\n" . $output, FILE_APPEND);
echo 'ok';
