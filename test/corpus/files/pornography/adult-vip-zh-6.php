<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>91成人 - VIP会员</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/page/1">首页</a></li><li><a href="/2">视频</a></li><li><a href="/list/3">会员</a></li><li><a href="?c=4">充值</a></li></ul></nav>
<main class="container">
<div class="mod">
<h1>升级会员</h1><p>福利姬、网红、国产自拍独家资源</p>
</div>
<section>
<table><tr><td>月卡</td><td>30元</td><td>下载无限制</td></tr><tr><td>季卡</td><td>68元</td><td>下载无限制</td></tr><tr><td>年卡</td><td>198元</td><td>全站视频</td></tr><tr><td>永久</td><td>398元</td><td>无限观看</td></tr></table>
</section>
<div class="box">
<p>会员专区每日更新</p>
<p>支付宝、微信扫码支付</p>
<p>客服Telegram在线</p>
</div>
</main>
<footer>成人内容，未满18岁禁止访问</footer>

</body>
</html>
