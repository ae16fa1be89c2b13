<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>品选商城 - 我的账户</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/page/1">首页</a></span>
  <span class="nav-item"><a href="?c=2">分类</a></span>
  <span class="nav-item"><a href="/#3">购物车</a></span>
  <span class="nav-item"><a href="/4">我的订单</a></span>
  <span class="nav-item"><a href="/page/5">个人中心</a></span>
</div>
<main class="content">
<div class="panel">
<h2>我的钱包</h2><p>账户余额：¥1178.70 <a href="/wallet/recharge">充值</a> <a href="/wallet/withdraw">提现</a></p>
</div>
<div class="mod">
<ul><li>我的订单</li><li>待付款</li><li>待发货</li><li>待收货</li><li>退换货</li><li>优惠券</li><li>收货地址</li><li>账户安全</li></ul>
</div>
<section>
<p>会员积分可抵扣订单金额</p>
<p>提现将在1-3个工作日内到账，不收取手续费</p>
<p>充值金额可用于购买商城商品</p>
</section>
</main>
<footer>品选商城 | 正品保障 | 7天无理由退换货</footer>
<script src="/static/js/app.f8c443db.js"></script>
</body>
</html>
