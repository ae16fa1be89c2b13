<?php

namespace App\Http\Controllers;

use App\Models\Product;
use Illuminate\Http\Request;

class ProductController extends Controller
{
    public function index(Request $request)
    {
        $query = Product::query();
        if ($request->filled('q')) {
            $query->where('name', 'like', '%' . $request->input('q') . '%');
        }
        return view('products.index', ['items' => $query->paginate(19)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate(['name' => 'required|max:255', 'amount' => 'numeric']);
        $item = Product::create($data);
        return redirect()->route('products.show', $item);
    }
}
