<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>哥斯拉Webshell的检测思路 - 某某安全实验室</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">首页</a></td><td><a href="/page/2">漏洞分析</a></td><td><a href="/page/3">应急响应</a></td><td><a href="/list/4">威胁情报</a></td><td><a href="?c=5">关于</a></td></tr></table>
<main class="content">
<div class="block">
<article><h1>哥斯拉Webshell的检测思路</h1><p>IOC：可疑文件哈希与回连地址已在文末给出，供蓝队参考。</p>
<p>在应急响应中，我们通过Web日志定位到异常的POST请求，并在上传目录中发现了伪装成图片的Webshell。</p>
<p>攻击者通常先利用文件上传漏洞上传一句话木马，再使用菜刀、蚁剑等管理工具连接。</p>
<p>本文从防守方视角，分析该工具的通信流量特征，并给出检测规则与加固建议。</p><pre>POST /upload/x.php HTTP/1.1
Content-Type: application/octet-stream</pre></article>
</div>
</main>
<footer>本文仅用于安全研究与防御</footer>

</body>
</html>
