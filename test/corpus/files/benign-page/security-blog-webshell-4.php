<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>常见PHP Webshell免杀手法与防御 - 安全客</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>

</head>
<body>
<div class="menu"><a href="?c=1">首页</a> | <a href="/#2">漏洞分析</a> | <a href="/page/3">应急响应</a> | <a href="/#4">威胁情报</a> | <a href="/list/5">关于</a></div>
<main class="container">
<section>
<article><h1>常见PHP Webshell免杀手法与防御</h1><p>在应急响应中，我们通过Web日志定位到异常的POST请求，并在上传目录中发现了伪装成图片的Webshell。</p>
<p>本文从防守方视角，分析该工具的通信流量特征，并给出检测规则与加固建议。</p>
<p>IOC：可疑文件哈希与回连地址已在文末给出，供蓝队参考。</p>
<p>冰蝎使用AES加密通信，密钥为连接密码MD5的前16位，默认情况下请求体为Base64编码。</p>
<p>检测思路包括静态特征匹配、动态沙箱执行和流量特征分析三类。</p>
<p>修复建议：及时升级补丁，禁止上传目录执行脚本，部署WAF和主机安全产品，定期查杀Webshell。</p><pre>POST /upload/x.php HTTP/1.1
Content-Type: application/octet-stream</pre></article>
</section>
</main>
<footer>本文仅用于安全研究与防御</footer>
<script src="/static/js/app.d7ea2197.js"></script>
</body>
</html>
