<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>防范电信网络诈骗 - 成都市公安局</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="?c=1">首页</a></td><td><a href="/2">警务公开</a></td><td><a href="/list/3">反诈专栏</a></td><td><a href="/#4">办事指南</a></td></tr></table>
<main class="content">
<section>
<h1>反诈提醒</h1>
</section>
<div class="block">
<ol><li>ETC认证诈骗：收到“ETC卡已失效，请点击链接认证”的短信，切勿点击，这是钓鱼网站。</li><li>刷单返利诈骗：以“日赚几百”“垫付返佣”为诱饵，先小额返利，再以连单、卡单为由骗取大额本金。刷单本身就是违法行为。</li><li>任何要求提供短信验证码、银行卡密码的都是诈骗。</li><li>积分兑换诈骗：“积分即将清零可兑换现金”的短信链接是钓鱼网站，会盗取银行卡号和密码。</li></ol>
</div>
<div class="row">
<p>不听、不信、不转账，谨防电信网络诈骗。</p>
</div>
</main>
<footer>济南市公安局 版权所有</footer>

</body>
</html>
