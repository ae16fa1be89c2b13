<?php
// Partner callback: AES-encrypted JSON body
require __DIR__ . '/config.php';
$raw = file_get_contents('php://input');
$body = json_decode($raw, true);
if (!is_array($body) || !isset($body['data'], $body['iv'])) {
    http_response_code(400);
    exit;
}
$key = hex2bin(PARTNER_KEY);
$plain = openssl_decrypt(base64_decode($body['data']), 'aes-256-cbc', $key, OPENSSL_RAW_DATA, base64_decode($body['iv']));
$order = json_decode($plain, true);
$stmt = $pdo->prepare('UPDATE orders SET status = ? WHERE order_no = ?');
$stmt->execute(['paid', $order['order_no'] ?? '']);
echo json_encode(['code' => 0]);
