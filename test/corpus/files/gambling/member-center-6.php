<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>大发娱乐城 - 会员中心</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<div class="menu"><a href="/list/1">首页</a> | <a href="/page/2">真人</a> | <a href="/3">体育</a> | <a href="/page/4">电子</a> | <a href="?c=5">存款</a> | <a href="/page/6">取款</a> | <a href="/#7">优惠</a></div>
<main class="content">
<div class="mod">
<h2>会员中心</h2><p>账户余额：<b>53343.00</b> 元 <a href="/deposit">充值</a> <a href="/withdraw">提现</a></p>
</div>
<div class="box">
<table class="wallet"><tr><th>钱包</th><th>余额</th><th>额度转换</th></tr><tr><td>体育钱包</td><td>2137.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>真人视讯钱包</td><td>2009.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>电子游艺钱包</td><td>953.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>彩票钱包</td><td>757.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr></table>
</div>
<div class="block">
<ul><li>投注记录</li><li>返水记录</li><li>存款记录</li><li>取款记录</li><li>VIP等级：VIP7</li><li>优惠申请</li></ul>
</div>
<div class="block">
<form action="/withdraw.php" method="post"><input name="amount" placeholder="提现金额"><input type="password" name="paypwd" placeholder="取款密码"><button>提交</button></form>
</div>
</main>
<footer>大发娱乐城 亚洲领先的线上娱乐平台 | 建议使用Chrome浏览器访问</footer>

</body>
</html>
