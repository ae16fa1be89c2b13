<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;

class Coupon extends Model
{
    use HasFactory;

    protected $fillable = ['remark', 'content', 'email', 'phone'];

    protected $casts = ['created_at' => 'datetime', 'meta' => 'array'];

    public function scopeActive($query)
    {
        return $query->where('status', 'active');
    }

    public function getDisplayNameAttribute(): string
    {
        return ucfirst($this->name ?? '');
    }
}
