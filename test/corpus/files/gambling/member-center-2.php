<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>永利娱乐城 - 会员中心</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="?c=1">首页</a></td><td><a href="?c=2">真人</a></td><td><a href="/page/3">体育</a></td><td><a href="/4">电子</a></td><td><a href="/page/5">存款</a></td><td><a href="?c=6">取款</a></td><td><a href="/page/7">优惠</a></td></tr></table>
<main class="main">
<section>
<h2>会员中心</h2><p>账户余额：<b>18522.00</b> 元 <a href="/deposit">充值</a> <a href="/withdraw">提现</a></p>
</section>
<div class="mod">
<table class="wallet"><tr><th>钱包</th><th>余额</th><th>额度转换</th></tr><tr><td>棋牌钱包</td><td>1590.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>真人视讯钱包</td><td>935.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>体育钱包</td><td>5624.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>电子游艺钱包</td><td>4509.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr></table>
</div>
<section>
<ul><li>投注记录</li><li>返水记录</li><li>存款记录</li><li>取款记录</li><li>VIP等级：VIP6</li><li>优惠申请</li></ul>
</section>
<section>
<form action="/withdraw.php" method="post"><input name="amount" placeholder="提现金额"><input type="password" name="paypwd" placeholder="取款密码"><button>提交</button></form>
</section>
</main>
<footer>永利娱乐城 | 7×24小时在线客服 | 本站受英属维尔京群岛博彩委员会监管</footer>

</body>
</html>
