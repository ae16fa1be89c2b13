<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\Request;

class OrderController extends Controller
{
    public function index(Request $request)
    {
        $query = Order::query();
        if ($request->filled('q')) {
            $query->where('name', 'like', '%' . $request->input('q') . '%');
        }
        return view('orders.index', ['items' => $query->paginate(50)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate(['name' => 'required|max:255', 'amount' => 'numeric']);
        $item = Order::create($data);
        return redirect()->route('orders.show', $item);
    }
}
