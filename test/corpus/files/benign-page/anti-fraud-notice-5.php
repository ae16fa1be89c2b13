<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>反诈宣传 - 济南市公安局</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="?c=1">首页</a></li><li><a href="/2">警务公开</a></li><li><a href="?c=3">反诈专栏</a></li><li><a href="?c=4">办事指南</a></li></ul></nav>
<main class="wrap">
<div class="row">
<h1>反诈提醒</h1>
</div>
<div class="box">
<ol><li>积分兑换诈骗：“积分即将清零可兑换现金”的短信链接是钓鱼网站，会盗取银行卡号和密码。</li><li>任何要求提供短信验证码、银行卡密码的都是诈骗。</li><li>虚假投资理财诈骗：所谓“导师带单”“稳赚不赔”“内幕消息”都是骗局，高收益平台提现时会被各种理由拒绝。</li><li>ETC认证诈骗：收到“ETC卡已失效，请点击链接认证”的短信，切勿点击，这是钓鱼网站。</li><li>冒充客服退款诈骗：骗子冒充电商客服，称商品有问题需退款，诱导您提供银行卡号、验证码。</li><li>冒充公检法诈骗：骗子自称公安、检察院工作人员，称您涉嫌洗钱，要求将资金转入所谓“安全账户”。公检法机关从来没有“安全账户”！</li></ol>
</div>
<div class="panel">
<p>不听、不信、不转账，谨防电信网络诈骗。</p>
</div>
</main>
<footer>长沙市公安局 版权所有</footer>
<script src="/static/js/app.dadcb6f2.js"></script>
</body>
</html>
