<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;

class Product extends Model
{
    use HasFactory;

    protected $fillable = ['phone', 'remark', 'email', 'title'];

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
