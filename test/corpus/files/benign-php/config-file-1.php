<?php
return [
    'app_name' => 'CMS',
    'debug' => false,
    'database' => [
        'host' => '127.0.0.1',
        'port' => 3306,
        'name' => 'rliyno',
        'user' => 'sjrmb',
        'password' => getenv('DB_PASSWORD'),
        'charset' => 'utf8mb4',
    ],
    'cache' => ['driver' => 'redis', 'prefix' => 'gpln_'],
    'upload' => ['max_size' => 19 * 1024 * 1024, 'ext' => ['jpg', 'png', 'gif']],
];
