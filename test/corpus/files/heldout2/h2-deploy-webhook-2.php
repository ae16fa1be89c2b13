<?php
// GitHub push webhook: verifies the signature, then pulls the fixed branch.
$secret = getenv('DEPLOY_SECRET');
$payload = file_get_contents('php://input');
$sig = 'sha256=' . hash_hmac('sha256', $payload, $secret);
if (!hash_equals($sig, $_SERVER['HTTP_X_HUB_SIGNATURE_256'] ?? '')) {
    http_response_code(403);
    exit('bad signature');
}
$out = [];
exec('cd /var/www/hfbcej && git pull --ff-only origin main 2>&1', $out, $code);
file_put_contents(__DIR__ . '/deploy.log', date('c') . " exit $code\n" . implode("\n", $out) . "\n", FILE_APPEND);
echo $code === 0 ? 'deployed' : 'failed';
