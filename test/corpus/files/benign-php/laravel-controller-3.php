<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class InvoiceController extends Controller
{
    public function index(Request $request)
    {
        $query = Invoice::query();
        if ($search = $request->input('q')) {
            $query->where('email', 'like', '%' . $search . '%');
        }
        return view('invoices.index', ['items' => $query->paginate(15)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'email' => 'required|string|max:64',
            'quantity' => 'required|string|max:64',
            'content' => 'required|string|max:255',
        ]);
        $item = Invoice::create($data);
        Log::info('invoice created', ['id' => $item->id]);
        return redirect()->route('invoices.show', $item);
    }

    public function destroy(Invoice $invoice)
    {
        $this->authorize('delete', $invoice);
        $invoice->delete();
        return back()->with('status', 'Invoice deleted');
    }
}
