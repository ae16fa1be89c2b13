<?php
// Thumbnail generator
$src = __DIR__ . '/uploads/' . basename($_GET['f'] ?? '');
$w = min(max((int) ($_GET['w'] ?? 120), 16), 1024);
if (!is_file($src)) {
    http_response_code(404);
    exit;
}
[$ow, $oh] = getimagesize($src);
$h = (int) round($oh * $w / $ow);
$im = imagecreatefromstring(file_get_contents($src));
$thumb = imagescale($im, $w, $h);
header('Content-Type: image/jpeg');
header('Cache-Control: max-age=86400');
imagejpeg($thumb, null, 85);
