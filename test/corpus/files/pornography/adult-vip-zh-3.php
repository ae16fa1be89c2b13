<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>69福利 - VIP会员</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/list/1">首页</a></span>
  <span class="nav-item"><a href="/page/2">视频</a></span>
  <span class="nav-item"><a href="/3">会员</a></span>
  <span class="nav-item"><a href="/page/4">充值</a></span>
</div>
<main class="container">
<div class="mod">
<h1>VIP会员中心</h1><p>福利姬、网红、国产自拍独家资源</p>
</div>
<section>
<table><tr><td>月卡</td><td>30元</td><td>全站视频</td></tr><tr><td>季卡</td><td>68元</td><td>全站视频</td></tr><tr><td>年卡</td><td>198元</td><td>无限观看</td></tr><tr><td>永久</td><td>398元</td><td>全站视频</td></tr></table>
</section>
<div class="mod">
<ul><li>开通后自动到账</li><li>客服Telegram在线</li><li>支付宝、微信扫码支付</li></ul>
</div>
</main>
<footer>成人内容，未满18岁禁止访问</footer>
<script src="/static/js/app.d2bcff8a.js"></script>
</body>
</html>
