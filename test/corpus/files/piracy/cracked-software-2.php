<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CorelDRAW破解版下载_CorelDRAW注册机 - 破解软件园</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/list/1">首页</a></li><li><a href="?c=2">图形图像</a></li><li><a href="/3">办公软件</a></li><li><a href="/page/4">工业设计</a></li><li><a href="/5">激活工具</a></li></ul></nav>
<main class="content">
<div class="row">
<h1>CorelDRAW 绿色破解版</h1><p>附注册机，一键安装</p>
</div>
<div class="mod">
<h3>安装教程</h3><ol><li>断开网络后运行安装程序</li><li>用注册机生成序列号</li><li>将破解补丁复制到安装目录替换</li><li>安装完成后即为永久激活</li></ol>
</div>
<section>
<div class="download"><a href="/down/ncjitr.rar">立即下载</a> <a href="https://pan.baidu.com/s/1uzujdldaiaipexmxbhoj">百度网盘</a> 提取码：gzqp</div>
</section>
</main>
<footer>本站资源仅供学习交流</footer>
<script src="/static/js/app.e36e33cf.js"></script>
</body>
</html>
