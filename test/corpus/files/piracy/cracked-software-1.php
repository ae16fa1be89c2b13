<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MATLAB R2024a破解版下载_MATLAB R2024a注册机 - 软件吧</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">首页</a></td><td><a href="/2">图形图像</a></td><td><a href="/#3">办公软件</a></td><td><a href="/4">工业设计</a></td><td><a href="/page/5">激活工具</a></td></tr></table>
<main class="content">
<section>
<h1>MATLAB R2024a 破解版</h1><p>永久激活，一键安装</p>
</section>
<section>
<h3>安装教程</h3><ol><li>断开网络后运行安装程序</li><li>用注册机生成序列号</li><li>将破解补丁复制到安装目录替换</li><li>安装完成后即为永久激活</li></ol>
</section>
<section>
<div class="download"><a href="/down/azljco.rar">高速下载</a> <a href="https://pan.baidu.com/s/1omdagrvzbibaxtpdobmr">百度网盘</a> 提取码：nmdq</div>
</section>
</main>
<footer>本站资源仅供学习交流</footer>

</body>
</html>
