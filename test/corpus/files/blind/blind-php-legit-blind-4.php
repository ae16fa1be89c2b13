<?php
namespace App\Command;

use Symfony\Component\Console\Command\Command;
use Symfony\Component\Process\Process;

class BackupCommand extends Command
{
    protected function execute($input, $output): int
    {
        $process = new Process(['tar', '-czf', '/backup/site.tgz', '/var/www/site']);
        $process->run();
        return $process->isSuccessful() ? Command::SUCCESS : Command::FAILURE;
    }
}
