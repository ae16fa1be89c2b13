<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新葡京官网 - 会员中心</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/page/1">首页</a></td><td><a href="/page/2">真人</a></td><td><a href="?c=3">体育</a></td><td><a href="/list/4">电子</a></td><td><a href="/list/5">存款</a></td><td><a href="/6">取款</a></td><td><a href="/list/7">优惠</a></td></tr></table>
<main class="container">
<section>
<h2>会员中心</h2><p>账户余额：<b>61600.00</b> 元 <a href="/deposit">充值</a> <a href="/withdraw">提现</a></p>
</section>
<section>
<table class="wallet"><tr><th>钱包</th><th>余额</th><th>额度转换</th></tr><tr><td>真人视讯钱包</td><td>2621.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>棋牌钱包</td><td>3074.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>电子游艺钱包</td><td>7652.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr><tr><td>彩票钱包</td><td>720.00</td><td><a href="#">转入</a> <a href="#">转出</a></td></tr></table>
</section>
<section>
<ul><li>投注记录</li><li>返水记录</li><li>存款记录</li><li>取款记录</li><li>VIP等级：VIP8</li><li>优惠申请</li></ul>
</section>
<div class="panel">
<form action="/withdraw.php" method="post"><input name="amount" placeholder="提现金额"><input type="password" name="paypwd" placeholder="取款密码"><button>提交</button></form>
</div>
</main>
<footer>Copyright © 2018 新葡京官网 版权所有 | 菲律宾PAGCOR监管认证</footer>

</body>
</html>
