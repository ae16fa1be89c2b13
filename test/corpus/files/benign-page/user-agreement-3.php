<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>易聊平台用户协议</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/page/1">首页</a>
<a href="?c=2">帮助中心</a>
<a href="?c=3">隐私政策</a>
<a href="/list/4">用户协议</a></div></header>
<main class="wrap">
<section>
<h1>易聊平台用户服务协议</h1>
</section>
<div class="panel">
<p>在使用本平台服务前，请您仔细阅读本协议。您使用本服务即视为同意本协议。</p><h2>第五条 用户行为规范</h2><p>用户不得利用本平台从事下列行为：</p>
</div>
<div class="block">
<ol><li>传播木马、病毒、远控工具、Webshell等恶意程序，或提供入侵他人计算机信息系统的工具；</li><li>发布、传播含有淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪的信息；</li><li>利用本平台从事网络赌博、诈骗、传销等违法犯罪活动，或为网络赌博、诈骗提供充值、提现、推广等帮助；</li></ol>
</div>
<section>
<p>如用户违反上述约定，本平台有权立即删除相关内容、封禁账号，并向有关主管部门报告；涉嫌犯罪的，依法移送司法机关处理。</p>
</section>
</main>
<footer>易聊平台 版权所有</footer>
<script src="/static/js/app.1450f440.js"></script>
</body>
</html>
