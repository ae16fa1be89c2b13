<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="金沙娱乐,电竞竞猜,真人视讯,二八杠">
<title>金沙娱乐官方网站</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="?c=1">首页</a></td><td><a href="/list/2">彩票</a></td><td><a href="/page/3">优惠活动</a></td><td><a href="/list/4">体育</a></td><td><a href="/list/5">电子</a></td><td><a href="/6">真人视讯</a></td></tr></table>
<main class="content">
<div class="box">
<div class="banner"><h1>金沙娱乐</h1><p>首次存款50%优惠，最高可得1900元</p><a class="btn" href="/reg">立即注册</a></div>
</div>
<section>
<h2>精选游戏</h2><ul><li><a href="/game/ryfcq">电竞竞猜</a></li><li><a href="/game/uxtma">真人视讯</a></li><li><a href="/game/ryiui">二八杠</a></li><li><a href="/game/avfol">电子老虎机</a></li><li><a href="/game/bytmt">炸金花</a></li></ul>
</section>
<div class="block">
<div class="actions"><a href="/register" class="btn-red">立即注册</a> <a href="/login">登录</a> <a href="/kefu">在线客服</a></div>
</div>
<div class="mod">
<p>支持支付宝、银行卡、USDT存款，1分钟极速到账</p>
<p>专业荷官现场发牌，高清直播全程可查</p>
<p>每日返水最高1.5%，无上限，次日自动派发</p>
<p>推荐好友注册存款即可获得48元奖励</p>
</div>
</main>
<footer>Copyright © 2023 金沙娱乐 版权所有 | 菲律宾PAGCOR监管认证</footer>

</body>
</html>
