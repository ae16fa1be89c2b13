<?php
return [
    'app_name' => 'Portal',
    'debug' => false,
    'database' => [
        'host' => '127.0.0.1',
        'port' => 3306,
        'name' => 'yoozmq',
        'user' => 'dbjfb',
        'password' => getenv('DB_PASSWORD'),
        'charset' => 'utf8mb4',
    ],
    'cache' => ['driver' => 'redis', 'prefix' => 'aybv_'],
    'upload' => ['max_size' => 11 * 1024 * 1024, 'ext' => ['jpg', 'png', 'gif']],
];
