<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>云视社区用户协议</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/page/1">首页</a>
<a href="/#2">帮助中心</a>
<a href="/#3">隐私政策</a>
<a href="/#4">用户协议</a></div></header>
<main class="container">
<section>
<h1>云视社区社区规范</h1>
</section>
<div class="row">
<p>在使用本平台服务前，请您仔细阅读本协议。您使用本服务即视为同意本协议。</p><h2>第五条 用户行为规范</h2><p>用户不得利用本平台从事下列行为：</p>
</div>
<div class="panel">
<ol><li>上传、分享盗版影视、破解软件、注册机等侵犯他人著作权的内容；</li><li>发布、传播含有淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪的信息；</li><li>利用本平台从事网络赌博、诈骗、传销等违法犯罪活动，或为网络赌博、诈骗提供充值、提现、推广等帮助；</li></ol>
</div>
<div class="box">
<p>如用户违反上述约定，本平台有权立即删除相关内容、封禁账号，并向有关主管部门报告；涉嫌犯罪的，依法移送司法机关处理。</p>
</div>
</main>
<footer>云视社区 版权所有</footer>

</body>
</html>
