<?php
namespace app\index\controller;

use think\Controller;
use think\Db;
use think\Request;

class Order extends Controller
{
    public function index()
    {
        $page = input('get.page/d', 1);
        $list = Db::name('order')->where('status', 1)->order('id desc')->paginate(20, false, ['page' => $page]);
        $this->assign('list', $list);
        return $this->fetch();
    }

    public function save(Request $request)
    {
        $data = $request->post();
        $result = $this->validate($data, 'Order');
        if (true !== $result) {
            return json(['code' => 0, 'msg' => $result]);
        }
        Db::name('order')->insert(['content' => input('post.price', '', 'htmlspecialchars'), 'create_time' => time()]);
        return json(['code' => 1, 'msg' => '保存成功']);
    }
}
