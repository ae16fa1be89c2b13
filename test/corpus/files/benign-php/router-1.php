<?php
// Minimal front controller
$routes = [
    'home' => ['HomeController', 'index'],
    'news' => ['ShopController', 'list'],
    'contact' => ['ContactController', 'form'],
];
$page = $_GET['page'] ?? 'home';
if (!isset($routes[$page])) {
    http_response_code(404);
    $page = 'home';
}
[$class, $action] = $routes[$page];
require __DIR__ . '/controllers/' . $class . '.php';
$controller = new $class();
$params = array_slice(explode('/', trim($_SERVER['PATH_INFO'] ?? '', '/')), 1);
echo call_user_func_array([$controller, $action], $params);
$controller->$action();
