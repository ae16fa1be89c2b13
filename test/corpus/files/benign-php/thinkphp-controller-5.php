<?php
namespace app\index\controller;

use think\Controller;
use think\Db;
use think\Request;

class Product extends Controller
{
    public function index()
    {
        $page = input('get.page/d', 1);
        $list = Db::name('product')->where('status', 1)->order('id desc')->paginate(10, false, ['page' => $page]);
        $this->assign('list', $list);
        return $this->fetch();
    }

    public function save(Request $request)
    {
        $data = $request->post();
        $result = $this->validate($data, 'Product');
        if (true !== $result) {
            return json(['code' => 0, 'msg' => $result]);
        }
        Db::name('product')->insert(['phone' => input('post.remark', '', 'htmlspecialchars'), 'create_time' => time()]);
        return json(['code' => 1, 'msg' => '保存成功']);
    }
}
