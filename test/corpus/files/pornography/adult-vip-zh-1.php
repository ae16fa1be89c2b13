<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>91视频 - VIP会员</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/#1">首页</a></li><li><a href="/#2">视频</a></li><li><a href="/3">会员</a></li><li><a href="/page/4">充值</a></li></ul></nav>
<main class="content">
<div class="box">
<h1>开通VIP</h1><p>福利姬、网红、国产自拍独家资源</p>
</div>
<div class="row">
<table><tr><td>月卡</td><td>30元</td><td>下载无限制</td></tr><tr><td>季卡</td><td>68元</td><td>无限观看</td></tr><tr><td>年卡</td><td>198元</td><td>无限观看</td></tr><tr><td>永久</td><td>398元</td><td>下载无限制</td></tr></table>
</div>
<section>
<ul><li>会员专区每日更新</li><li>客服Telegram在线</li><li>开通后自动到账</li></ul>
</section>
</main>
<footer>成人内容，未满18岁禁止访问</footer>
<script src="/static/js/app.8e289c28.js"></script>
</body>
</html>
