<?php
require __DIR__ . '/bootstrap.php';
$allowed = ['image/jpeg' => 'jpg', 'image/png' => 'png', 'image/webp' => 'webp'];
$file = $_FILES['avatar'] ?? null;
if (!$file || $file['error'] !== UPLOAD_ERR_OK) { json_out(['error' => 'no file']); }
$mime = (new finfo(FILEINFO_MIME_TYPE))->file($file['tmp_name']);
if (!isset($allowed[$mime]) || $file['size'] > 1 * 1024 * 1024) { json_out(['error' => 'type']); }
$name = bin2hex(random_bytes(16)) . '.' . $allowed[$mime];
move_uploaded_file($file['tmp_name'], UPLOAD_DIR . '/' . $name);
json_out(['url' => '/uploads/' . $name]);
