<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;

class InvoiceController extends Controller
{
    public function index(Request $request)
    {
        $query = Invoice::query();
        if ($request->filled('q')) {
            $query->where('name', 'like', '%' . $request->input('q') . '%');
        }
        return view('invoices.index', ['items' => $query->paginate(41)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate(['name' => 'required|max:255', 'amount' => 'numeric']);
        $item = Invoice::create($data);
        return redirect()->route('invoices.show', $item);
    }
}
