<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>88视频 - VIP会员</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/page/1">首页</a></td><td><a href="/page/2">视频</a></td><td><a href="/3">会员</a></td><td><a href="?c=4">充值</a></td></tr></table>
<main class="main">
<div class="panel">
<h1>升级会员</h1><p>海量AV高清无码无限看</p>
</div>
<section>
<table><tr><td>月卡</td><td>30元</td><td>下载无限制</td></tr><tr><td>季卡</td><td>68元</td><td>全站视频</td></tr><tr><td>年卡</td><td>198元</td><td>下载无限制</td></tr><tr><td>永久</td><td>398元</td><td>全站视频</td></tr></table>
</section>
<div class="box">
<ul><li>会员专区每日更新</li><li>客服Telegram在线</li><li>支付宝、微信扫码支付</li></ul>
</div>
</main>
<footer>成人内容，未满18岁禁止访问</footer>

</body>
</html>
