<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>88福利 - VIP会员</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/page/1">首页</a>
<a href="/page/2">视频</a>
<a href="/3">会员</a>
<a href="/4">充值</a></div></header>
<main class="wrap">
<div class="box">
<h1>升级会员</h1><p>福利姬、网红、国产自拍独家资源</p>
</div>
<section>
<table><tr><td>月卡</td><td>30元</td><td>全站视频</td></tr><tr><td>季卡</td><td>68元</td><td>下载无限制</td></tr><tr><td>年卡</td><td>198元</td><td>无限观看</td></tr><tr><td>永久</td><td>398元</td><td>无限观看</td></tr></table>
</section>
<section>
<ul><li>开通后自动到账</li><li>支付宝、微信扫码支付</li><li>会员专区每日更新</li></ul>
</section>
</main>
<footer>成人内容，未满18岁禁止访问</footer>

</body>
</html>
