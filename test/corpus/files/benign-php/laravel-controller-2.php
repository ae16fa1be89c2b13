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
            $query->where('content', 'like', '%' . $search . '%');
        }
        return view('tickets.index', ['items' => $query->paginate(30)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'content' => 'required|string|max:64',
            'email' => 'required|string|max:128',
            'phone' => 'required|string|max:128',
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
