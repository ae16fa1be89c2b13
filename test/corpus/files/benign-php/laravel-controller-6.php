<?php

namespace App\Http\Controllers;

use App\Models\Ticket;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class TicketController extends Controller
{
    public function index(Request $request)
    {
        $query = Ticket::query();
        if ($search = $request->input('q')) {
            $query->where('remark', 'like', '%' . $search . '%');
        }
        return view('tickets.index', ['items' => $query->paginate(15)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'remark' => 'required|string|max:255',
            'address' => 'required|string|max:128',
            'name' => 'required|string|max:255',
        ]);
        $item = Ticket::create($data);
        Log::info('ticket created', ['id' => $item->id]);
        return redirect()->route('tickets.show', $item);
    }

    public function destroy(Ticket $ticket)
    {
        $this->authorize('delete', $ticket);
        $ticket->delete();
        return back()->with('status', 'Ticket deleted');
    }
}
