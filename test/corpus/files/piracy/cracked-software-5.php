<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Final Cut Pro破解版下载_Final Cut Pro注册机 - 亿破姐</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="?c=1">首页</a></td><td><a href="/#2">图形图像</a></td><td><a href="/page/3">办公软件</a></td><td><a href="/#4">工业设计</a></td><td><a href="/#5">激活工具</a></td></tr></table>
<main class="wrap">
<section>
<h1>Final Cut Pro 破解版</h1><p>附注册机，一键安装</p>
</section>
<div class="mod">
<h3>安装教程</h3><ol><li>断开网络后运行安装程序</li><li>用注册机生成序列号</li><li>将破解补丁复制到安装目录替换</li><li>安装完成后即为永久激活</li></ol>
</div>
<div class="row">
<div class="download"><a href="/down/bczymm.rar">立即下载</a> <a href="https://pan.baidu.com/s/1bnnzjwqmemqdjbzoyemh">百度网盘</a> 提取码：sxdk</div>
</div>
</main>
<footer>本站资源仅供学习交流</footer>
<script src="/static/js/app.985a4d35.js"></script>
</body>
</html>
