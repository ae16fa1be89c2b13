<?php

namespace App\Http\Controllers;

use App\Models\Product;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class ProductController extends Controller
{
    public function index(Request $request)
    {
        $query = Product::query();
        if ($search = $request->input('q')) {
            $query->where('email', 'like', '%' . $search . '%');
        }
        return view('products.index', ['items' => $query->paginate(15)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'email' => 'required|string|max:128',
            'address' => 'required|string|max:64',
            'content' => 'required|string|max:128',
        ]);
        $item = Product::create($data);
        Log::info('product created', ['id' => $item->id]);
        return redirect()->route('products.show', $item);
    }

    public function destroy(Product $product)
    {
        $this->authorize('delete', $product);
        $product->delete();
        return back()->with('status', 'Product deleted');
    }
}
