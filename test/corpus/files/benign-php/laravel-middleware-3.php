<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class EnsureTokenIsValid
{
    public function handle(Request $request, Closure $next, ...$guards)
    {
        if ($request->header('X-Api-Token') !== config('services.api.token')) {
            abort(403);
        }
        app()->setLocale($request->input('lang', 'en'));
        return $next($request);
    }

    public function __call($method, $parameters)
    {
        return call_user_func_array([$this->service, $method], $parameters);
    }
}
