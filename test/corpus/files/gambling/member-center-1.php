<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>皇冠娱乐 - 会员中心</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/1">首页</a>
<a href="/page/2">真人</a>
<a href="/3">体育</a>
<a href="/list/4">电子</a>
<a href="/page/5">存款</a>
<a href="/#6">取款</a>
<a href="?c=7">优惠</a></div></header>
<main class="wrap">
<section>
<h2>会员中心</h2><p>账户余额：<b>2604.00</b> 元 <a href="/deposit">充值</a> <a href="/withdraw">提现</a></p>
</section>
<div class="block">
<table class="wallet"><tr><th>钱包</th><th>余额</th><th>额度转换</th></tr><tr><td>彩票钱包</td><td>8146.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>棋牌钱包</td><td>5537.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>电子游艺钱包</td><td>7092.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>真人视讯钱包</td><td>3906.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr></table>
</div>
<section>
<ul><li>投注记录</li><li>返水记录</li><li>存款记录</li><li>取款记录</li><li>VIP等级：VIP6</li><li>优惠申请</li></ul>
</section>
<section>
<form action="/withdraw.php" method="post"><input name="amount" placeholder="提现金额"><input type="password" name="paypwd" placeholder="取款密码"><button>提交</button></form>
</section>
</main>
<footer>皇冠娱乐 亚洲领先的线上娱乐平台 | 建议使用Chrome浏览器访问</footer>

</body>
</html>
