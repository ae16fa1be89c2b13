<?php
return [
    'app_name' => 'MyShop',
    'debug' => false,
    'database' => [
        'host' => '127.0.0.1',
        'port' => 3306,
        'name' => 'lxsosy',
        'user' => 'dejzx',
        'password' => getenv('DB_PASSWORD'),
        'charset' => 'utf8mb4',
    ],
    'cache' => ['driver' => 'redis', 'prefix' => 'mmhe_'],
    'upload' => ['max_size' => 18 * 1024 * 1024, 'ext' => ['jpg', 'png', 'gif']],
];
