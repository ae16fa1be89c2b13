<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>反诈宣传 - 温州市公安局</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/#1">首页</a>
<a href="/2">警务公开</a>
<a href="?c=3">反诈专栏</a>
<a href="?c=4">办事指南</a></div></header>
<main class="content">
<div class="panel">
<h1>防骗指南</h1>
</div>
<div class="block">
<ol><li>虚假投资理财诈骗：所谓“导师带单”“稳赚不赔”“内幕消息”都是骗局，高收益平台提现时会被各种理由拒绝。</li><li>刷单返利诈骗：以“日赚几百”“垫付返佣”为诱饵，先小额返利，再以连单、卡单为由骗取大额本金。刷单本身就是违法行为。</li><li>积分兑换诈骗：“积分即将清零可兑换现金”的短信链接是钓鱼网站，会盗取银行卡号和密码。</li><li>冒充客服退款诈骗：骗子冒充电商客服，称商品有问题需退款，诱导您提供银行卡号、验证码。</li></ol>
</div>
<section>
<p>不听、不信、不转账，谨防电信网络诈骗。</p>
</section>
</main>
<footer>合肥市公安局 版权所有</footer>
<script src="/static/js/app.0fada9d8.js"></script>
</body>
</html>
