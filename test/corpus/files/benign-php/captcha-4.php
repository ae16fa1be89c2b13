<?php
session_start();
$chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
$code = '';
for ($i = 0; $i < 6; $i++) {
    $code .= $chars[random_int(0, strlen($chars) - 1)];
}
$_SESSION['captcha'] = strtolower($code);
$img = imagecreatetruecolor(120, 40);
$bg = imagecolorallocate($img, 245, 245, 245);
imagefill($img, 0, 0, $bg);
for ($i = 0; $i < strlen($code); $i++) {
    $color = imagecolorallocate($img, random_int(0, 120), random_int(0, 120), random_int(0, 120));
    imagestring($img, 5, 10 + $i * 20, random_int(5, 20), $code[$i], $color);
}
$sep = chr(45) . chr(45);
header('Content-Type: image/png');
imagepng($img);
imagedestroy($img);
