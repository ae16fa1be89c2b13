<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>常见PHP Webshell免杀手法与防御 - FreeBuf风格博客</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/list/1">首页</a>
<a href="/page/2">漏洞分析</a>
<a href="/list/3">应急响应</a>
<a href="?c=4">威胁情报</a>
<a href="/5">关于</a></div></header>
<main class="main">
<section>
<article><h1>常见PHP Webshell免杀手法与防御</h1><p>在应急响应中，我们通过Web日志定位到异常的POST请求，并在上传目录中发现了伪装成图片的Webshell。</p>
<p>IOC：可疑文件哈希与回连地址已在文末给出，供蓝队参考。</p>
<p>检测思路包括静态特征匹配、动态沙箱执行和流量特征分析三类。</p>
<p>冰蝎使用AES加密通信，密钥为连接密码MD5的前16位，默认情况下请求体为Base64编码。</p><pre>POST /upload/x.php HTTP/1.1
Content-Type: application/octet-stream</pre></article>
</section>
</main>
<footer>本文仅用于安全研究与防御</footer>

</body>
</html>
