<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Premiere Pro破解版下载_Premiere Pro注册机 - 亿破姐</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/#1">首页</a></td><td><a href="/2">图形图像</a></td><td><a href="/list/3">办公软件</a></td><td><a href="?c=4">工业设计</a></td><td><a href="/#5">激活工具</a></td></tr></table>
<main class="main">
<section>
<h1>Premiere Pro 免激活版</h1><p>内置破解补丁，亲测可用</p>
</section>
<section>
<h3>安装教程</h3><ol><li>断开网络后运行安装程序</li><li>用注册机生成序列号</li><li>将破解补丁复制到安装目录替换</li><li>安装完成后即为永久激活</li></ol>
</section>
<div class="block">
<div class="download"><a href="/down/bfqzcc.rar">立即下载</a> <a href="https://pan.baidu.com/s/1kbynswlpkgivhylogseq">百度网盘</a> 提取码：ziwm</div>
</div>
</main>
<footer>本站资源仅供学习交流</footer>

</body>
</html>
