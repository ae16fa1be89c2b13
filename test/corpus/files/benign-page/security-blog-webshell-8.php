<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>哥斯拉Webshell的检测思路 - FreeBuf风格博客</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/list/1">首页</a></li><li><a href="/page/2">漏洞分析</a></li><li><a href="/list/3">应急响应</a></li><li><a href="/#4">威胁情报</a></li><li><a href="?c=5">关于</a></li></ul></nav>
<main class="main">
<section>
<article><h1>哥斯拉Webshell的检测思路</h1><p>检测思路包括静态特征匹配、动态沙箱执行和流量特征分析三类。</p>
<p>攻击者通常先利用文件上传漏洞上传一句话木马，再使用菜刀、蚁剑等管理工具连接。</p>
<p>在应急响应中，我们通过Web日志定位到异常的POST请求，并在上传目录中发现了伪装成图片的Webshell。</p>
<p>IOC：可疑文件哈希与回连地址已在文末给出，供蓝队参考。</p>
<p>冰蝎使用AES加密通信，密钥为连接密码MD5的前16位，默认情况下请求体为Base64编码。</p>
<p>修复建议：及时升级补丁，禁止上传目录执行脚本，部署WAF和主机安全产品，定期查杀Webshell。</p><pre>POST /upload/x.php HTTP/1.1
Content-Type: application/octet-stream</pre></article>
</section>
</main>
<footer>本文仅用于安全研究与防御</footer>
<script src="/static/js/app.38cbae9f.js"></script>
</body>
</html>
