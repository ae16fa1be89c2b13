<?php
namespace App\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;

class SendReport implements ShouldQueue
{
    use Queueable;

    public function __construct(private int $userId) {}

    public function handle(): void
    {
        $user = \App\Models\User::findOrFail($this->userId);
        \Mail::to($user)->send(new \App\Mail\Report($user));
    }
}
