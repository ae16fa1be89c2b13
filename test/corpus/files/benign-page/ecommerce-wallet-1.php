<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>品选优品 - 我的账户</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">首页</a></td><td><a href="/#2">分类</a></td><td><a href="?c=3">购物车</a></td><td><a href="?c=4">我的订单</a></td><td><a href="/5">个人中心</a></td></tr></table>
<main class="main">
<div class="box">
<h2>我的钱包</h2><p>账户余额：¥3403.23 <a href="/wallet/recharge">充值</a> <a href="/wallet/withdraw">提现</a></p>
</div>
<div class="mod">
<ul><li>我的订单</li><li>待付款</li><li>待发货</li><li>待收货</li><li>退换货</li><li>优惠券</li><li>收货地址</li><li>账户安全</li></ul>
</div>
<div class="row">
<p>会员积分可抵扣订单金额</p>
<p>提现将在1-3个工作日内到账，不收取手续费</p>
<p>充值金额可用于购买商城商品</p>
</div>
</main>
<footer>品选优品 | 正品保障 | 7天无理由退换货</footer>

</body>
</html>
