<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>88福利 - VIP会员</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">首页</a></td><td><a href="/#2">视频</a></td><td><a href="/list/3">会员</a></td><td><a href="/list/4">充值</a></td></tr></table>
<main class="container">
<div class="panel">
<h1>开通VIP</h1><p>福利姬、网红、国产自拍独家资源</p>
</div>
<section>
<table><tr><td>月卡</td><td>30元</td><td>下载无限制</td></tr><tr><td>季卡</td><td>68元</td><td>全站视频</td></tr><tr><td>年卡</td><td>198元</td><td>全站视频</td></tr><tr><td>永久</td><td>398元</td><td>下载无限制</td></tr></table>
</section>
<section>
<ul><li>支付宝、微信扫码支付</li><li>会员专区每日更新</li><li>客服Telegram在线</li></ul>
</section>
</main>
<footer>成人内容，未满18岁禁止访问</footer>

</body>
</html>
