<?php
// Alipay async notify
require 'config.php';
$params = $_POST;
$sign = base64_decode($params['sign'] ?? '');
unset($params['sign'], $params['sign_type']);
ksort($params);
$content = urldecode(http_build_query($params));
$ok = openssl_verify($content, $sign, openssl_pkey_get_public(ALIPAY_PUBLIC_KEY), OPENSSL_ALGO_SHA256) === 1;
echo $ok ? 'success' : 'fail';
