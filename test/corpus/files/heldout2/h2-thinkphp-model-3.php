<?php
namespace app\model;

use think\Model;

class Goods extends Model
{
    protected $autoWriteTimestamp = true;
    protected $type = ['status' => 'integer', 'price' => 'float'];

    public function searchKeywordAttr($query, $value)
    {
        $value && $query->whereLike('title', '%' . $value . '%');
    }

    public static function onBeforeWrite($model)
    {
        $model->slug = strtolower(preg_replace('/[^a-z0-9]+/i', '-', $model->title));
    }

    public function getStatusTextAttr($value, $data)
    {
        $map = [0 => '禁用', 1 => '正常', 2 => '待审核'];
        return $map[$data['status']] ?? '未知';
    }
}
