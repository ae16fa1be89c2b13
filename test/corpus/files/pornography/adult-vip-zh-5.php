<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>69视频 - VIP会员</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<div class="menu"><a href="/list/1">首页</a> | <a href="/2">视频</a> | <a href="/list/3">会员</a> | <a href="/page/4">充值</a></div>
<main class="main">
<div class="block">
<h1>升级会员</h1><p>海量AV高清无码无限看</p>
</div>
<div class="box">
<table><tr><td>月卡</td><td>30元</td><td>下载无限制</td></tr><tr><td>季卡</td><td>68元</td><td>下载无限制</td></tr><tr><td>年卡</td><td>198元</td><td>全站视频</td></tr><tr><td>永久</td><td>398元</td><td>全站视频</td></tr></table>
</div>
<section>
<ul><li>会员专区每日更新</li><li>开通后自动到账</li><li>客服Telegram在线</li></ul>
</section>
</main>
<footer>成人内容，未满18岁禁止访问</footer>
<script src="/static/js/app.acc9ef66.js"></script>
</body>
</html>
