<?php
require __DIR__ . '/bootstrap.php';

$allowed = ['jpg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif'];
if (empty($_FILES['avatar']) || $_FILES['avatar']['error'] !== UPLOAD_ERR_OK) {
    json_out(['ok' => false, 'error' => 'no file']);
}
$file = $_FILES['image'];
$ext = strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
$mime = (new finfo(FILEINFO_MIME_TYPE))->file($file['tmp_name']);
if (!isset($allowed[$ext]) || $allowed[$ext] !== $mime || $file['size'] > 6 * 1024 * 1024) {
    json_out(['ok' => false, 'error' => 'type not allowed']);
}
$name = bin2hex(random_bytes(12)) . '.' . $ext;
move_uploaded_file($file['tmp_name'], UPLOAD_DIR . '/' . $name);
json_out(['ok' => true, 'url' => '/uploads/' . $name]);
