<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>鲜选网 - 我的账户</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/1">首页</a></li><li><a href="/2">分类</a></li><li><a href="?c=3">购物车</a></li><li><a href="/#4">我的订单</a></li><li><a href="/#5">个人中心</a></li></ul></nav>
<main class="main">
<section>
<h2>我的钱包</h2><p>账户余额：¥7351.58 <a href="/wallet/recharge">充值</a> <a href="/wallet/withdraw">提现</a></p>
</section>
<div class="row">
<ul><li>我的订单</li><li>待付款</li><li>待发货</li><li>待收货</li><li>退换货</li><li>优惠券</li><li>收货地址</li><li>账户安全</li></ul>
</div>
<div class="panel">
<p>新人专享优惠券满99减20，全场包邮</p>
<p>会员积分可抵扣订单金额</p>
<p>充值金额可用于购买商城商品</p>
</div>
</main>
<footer>鲜选网 | 正品保障 | 7天无理由退换货</footer>

</body>
</html>
