<?php

namespace App\Http\Controllers;

use App\Models\Article;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class ArticleController extends Controller
{
    public function index(Request $request)
    {
        $query = Article::query();
        if ($search = $request->input('q')) {
            $query->where('phone', 'like', '%' . $search . '%');
        }
        return view('articles.index', ['items' => $query->paginate(20)]);
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'phone' => 'required|string|max:255',
            'address' => 'required|string|max:64',
            'email' => 'required|string|max:128',
        ]);
        $item = Article::create($data);
        Log::info('article created', ['id' => $item->id]);
        return redirect()->route('articles.show', $item);
    }

    public function destroy(Article $article)
    {
        $this->authorize('delete', $article);
        $article->delete();
        return back()->with('status', 'Article deleted');
    }
}
