<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>九游游戏 - 会员中心</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<div class="menu"><a href="/page/1">首页</a> | <a href="/list/2">真人</a> | <a href="/#3">体育</a> | <a href="/#4">电子</a> | <a href="/page/5">存款</a> | <a href="/6">取款</a> | <a href="/list/7">优惠</a></div>
<main class="main">
<section>
<h2>会员中心</h2><p>账户余额：<b>86202.00</b> 元 <a href="/deposit">充值</a> <a href="/withdraw">提现</a></p>
</section>
<section>
<table class="wallet"><tr><th>钱包</th><th>余额</th><th>额度转换</th></tr><tr><td>体育钱包</td><td>6291.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>棋牌钱包</td><td>9754.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>彩票钱包</td><td>9879.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>真人视讯钱包</td><td>7340.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr></table>
</section>
<div class="panel">
<ul><li>投注记录</li><li>返水记录</li><li>存款记录</li><li>取款记录</li><li>VIP等级：VIP3</li><li>优惠申请</li></ul>
</div>
<section>
<form action="/withdraw.php" method="post"><input name="amount" placeholder="提现金额"><input type="password" name="paypwd" placeholder="取款密码"><button>提交</button></form>
</section>
</main>
<footer>九游游戏 亚洲领先的线上娱乐平台 | 建议使用Chrome浏览器访问</footer>

</body>
</html>
