<?php

namespace App\Command;

use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Process\Process;

class BackupCommand extends Command
{
    protected static $defaultName = 'app:acrsww';

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $process = new Process(['mysqldump', '--single-transaction', 'app']);
        $process->setTimeout(346);
        $process->run();
        if (!$process->isSuccessful()) {
            $output->writeln('<error>' . $process->getErrorOutput() . '</error>');
            return Command::FAILURE;
        }
        file_put_contents('/var/backups/app-' . date('Ymd') . '.sql', $process->getOutput());
        return Command::SUCCESS;
    }
}
