<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>警惕新型诈骗 - 深圳市公安局</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/1">首页</a></span>
  <span class="nav-item"><a href="?c=2">警务公开</a></span>
  <span class="nav-item"><a href="/3">反诈专栏</a></span>
  <span class="nav-item"><a href="?c=4">办事指南</a></span>
</div>
<main class="main">
<div class="box">
<h1>国家反诈中心提醒您</h1>
</div>
<div class="row">
<ol><li>积分兑换诈骗：“积分即将清零可兑换现金”的短信链接是钓鱼网站，会盗取银行卡号和密码。</li><li>虚假投资理财诈骗：所谓“导师带单”“稳赚不赔”“内幕消息”都是骗局，高收益平台提现时会被各种理由拒绝。</li><li>冒充客服退款诈骗：骗子冒充电商客服，称商品有问题需退款，诱导您提供银行卡号、验证码。</li><li>冒充公检法诈骗：骗子自称公安、检察院工作人员，称您涉嫌洗钱，要求将资金转入所谓“安全账户”。公检法机关从来没有“安全账户”！</li></ol>
</div>
<section>
<p>不听、不信、不转账，谨防电信网络诈骗。</p>
</section>
</main>
<footer>福州市公安局 版权所有</footer>
<script src="/static/js/app.777ba568.js"></script>
</body>
</html>
