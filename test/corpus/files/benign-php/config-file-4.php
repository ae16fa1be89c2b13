<?php
return [
    'app_name' => 'MyShop',
    'debug' => false,
    'database' => [
        'host' => '127.0.0.1',
        'port' => 3306,
        'name' => 'udahxd',
        'user' => 'ppiqw',
        'password' => getenv('DB_PASSWORD'),
        'charset' => 'utf8mb4',
    ],
    'cache' => ['driver' => 'redis', 'prefix' => 'plra_'],
    'upload' => ['max_size' => 12 * 1024 * 1024, 'ext' => ['jpg', 'png', 'gif']],
];
