<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CorelDRAW破解版下载_CorelDRAW注册机 - 软件吧</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="?c=1">首页</a>
<a href="?c=2">图形图像</a>
<a href="/3">办公软件</a>
<a href="/#4">工业设计</a>
<a href="/#5">激活工具</a></div></header>
<main class="wrap">
<div class="panel">
<h1>CorelDRAW 免激活版</h1><p>永久激活，一键安装</p>
</div>
<div class="panel">
<h3>安装教程</h3><ol><li>断开网络后运行安装程序</li><li>用注册机生成序列号</li><li>将破解补丁复制到安装目录替换</li><li>安装完成后即为永久激活</li></ol>
</div>
<section>
<div class="download"><a href="/down/tnznrz.rar">高速下载</a> <a href="https://pan.baidu.com/s/1ycskmcvxkpvrfmcjfwnm">百度网盘</a> 提取码：pnuf</div>
</section>
</main>
<footer>本站资源仅供学习交流</footer>
<script src="/static/js/app.0b8e0db4.js"></script>
</body>
</html>
