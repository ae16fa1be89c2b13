<?php
declare(strict_types=1);
$routes = [
    'home' => 'pages/home.php',
    'about' => 'pages/about.php',
    'contact' => 'pages/contact.php',
];
$page = $_GET['page'] ?? 'home';
if (!array_key_exists($page, $routes)) {
    http_response_code(404);
    $page = 'home';
}
$handlers = ['json' => 'json_encode', 'csv' => 'implode'];
$fmt = $handlers[$_GET['fmt'] ?? 'json'] ?? 'json_encode';
require __DIR__ . '/' . $routes[$page];
echo call_user_func($fmt, ['ok' => true, 'v' => 3]);
