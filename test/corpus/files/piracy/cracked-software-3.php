<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>AutoCAD 2024破解版下载_AutoCAD 2024注册机 - 绿色软件站</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/list/1">首页</a></td><td><a href="?c=2">图形图像</a></td><td><a href="?c=3">办公软件</a></td><td><a href="/4">工业设计</a></td><td><a href="?c=5">激活工具</a></td></tr></table>
<main class="content">
<section>
<h1>AutoCAD 2024 绿色破解版</h1><p>附激活码，一键安装</p>
</section>
<div class="row">
<h3>安装教程</h3><ol><li>断开网络后运行安装程序</li><li>用注册机生成序列号</li><li>将破解补丁复制到安装目录替换</li><li>安装完成后即为永久激活</li></ol>
</div>
<div class="mod">
<div class="download"><a href="/down/lurjsv.rar">本地下载</a> <a href="https://pan.baidu.com/s/1igcrxxkdiluqreduavdm">百度网盘</a> 提取码：jenj</div>
</div>
</main>
<footer>本站资源仅供学习交流</footer>
<script src="/static/js/app.a4d76032.js"></script>
</body>
</html>
