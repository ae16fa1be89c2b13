<?php

namespace App\Http\Controllers;

use App\Models\Coupon;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class CouponController extends Controller
{
    public function index(Request $request)
    {
        $query = Coupon::query();
        if ($search = $request->input('q')) {
            $query->where('status', 'like', '%' . $search . '%');
        }
        return view('coupons.index', ['items' => $query->paginate(20)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'status' => 'required|string|max:64',
            'address' => 'required|string|max:128',
            'quantity' => 'required|string|max:128',
        ]);
        $item = Coupon::create($data);
        Log::info('coupon created', ['id' => $item->id]);
        return redirect()->route('coupons.show', $item);
    }

    public function destroy(Coupon $coupon)
    {
        $this->authorize('delete', $coupon);
        $coupon->delete();
        return back()->with('status', 'Coupon deleted');
    }
}
