<?php

namespace App\Http\Controllers;

use App\Models\Customer;
use Illuminate\Http\Request;

class CustomerController extends Controller
{
    public function index(Request $request)
    {
        $query = Customer::query();
        if ($request->filled('q')) {
            $query->where('name', 'like', '%' . $request->input('q') . '%');
        }
        return view('customers.index', ['items' => $query->paginate(19)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate(['name' => 'required|max:255', 'amount' => 'numeric']);
        $item = Customer::create($data);
        return redirect()->route('customers.show', $item);
    }
}
