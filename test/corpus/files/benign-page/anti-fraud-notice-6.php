<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>警惕新型诈骗 - 昆明市公安局</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/list/1">首页</a></li><li><a href="/list/2">警务公开</a></li><li><a href="/3">反诈专栏</a></li><li><a href="/4">办事指南</a></li></ul></nav>
<main class="container">
<div class="block">
<h1>防骗指南</h1>
</div>
<section>
<ol><li>刷单返利诈骗：以“日赚几百”“垫付返佣”为诱饵，先小额返利，再以连单、卡单为由骗取大额本金。刷单本身就是违法行为。</li><li>ETC认证诈骗：收到“ETC卡已失效，请点击链接认证”的短信，切勿点击，这是钓鱼网站。</li><li>虚假投资理财诈骗：所谓“导师带单”“稳赚不赔”“内幕消息”都是骗局，高收益平台提现时会被各种理由拒绝。</li><li>任何要求提供短信验证码、银行卡密码的都是诈骗。</li><li>积分兑换诈骗：“积分即将清零可兑换现金”的短信链接是钓鱼网站，会盗取银行卡号和密码。</li><li>冒充公检法诈骗：骗子自称公安、检察院工作人员，称您涉嫌洗钱，要求将资金转入所谓“安全账户”。公检法机关从来没有“安全账户”！</li></ol>
</section>
<section>
<p>不听、不信、不转账，谨防电信网络诈骗。</p>
</section>
</main>
<footer>昆明市公安局 版权所有</footer>
<script src="/static/js/app.f2b0b62b.js"></script>
</body>
</html>
