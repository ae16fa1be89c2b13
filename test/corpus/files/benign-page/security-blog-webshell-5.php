<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log4j2漏洞复现与修复建议 - FreeBuf风格博客</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/#1">首页</a></td><td><a href="/list/2">漏洞分析</a></td><td><a href="/page/3">应急响应</a></td><td><a href="/page/4">威胁情报</a></td><td><a href="/page/5">关于</a></td></tr></table>
<main class="content">
<section>
<article><h1>Log4j2漏洞复现与修复建议</h1><p>攻击者通常先利用文件上传漏洞上传一句话木马，再使用菜刀、蚁剑等管理工具连接。</p>
<p>本文从防守方视角，分析该工具的通信流量特征，并给出检测规则与加固建议。</p>
<p>IOC：可疑文件哈希与回连地址已在文末给出，供蓝队参考。</p>
<p>在应急响应中，我们通过Web日志定位到异常的POST请求，并在上传目录中发现了伪装成图片的Webshell。</p>
<p>冰蝎使用AES加密通信，密钥为连接密码MD5的前16位，默认情况下请求体为Base64编码。</p><pre>POST /upload/x.php HTTP/1.1
Content-Type: application/octet-stream</pre></article>
</section>
</main>
<footer>本文仅用于安全研究与防御</footer>
<script src="/static/js/app.3c355ec4.js"></script>
</body>
</html>
