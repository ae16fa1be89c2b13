<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>云享APP用户协议</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">首页</a></td><td><a href="/list/2">帮助中心</a></td><td><a href="/#3">隐私政策</a></td><td><a href="/4">用户协议</a></td></tr></table>
<main class="wrap">
<section>
<h1>云享APP用户服务协议</h1>
</section>
<div class="box">
<p>在使用本平台服务前，请您仔细阅读本协议。您使用本服务即视为同意本协议。</p><h2>第五条 用户行为规范</h2><p>用户不得利用本平台从事下列行为：</p>
</div>
<section>
<ol><li>发布、传播含有淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪的信息；</li><li>传播木马、病毒、远控工具、Webshell等恶意程序，或提供入侵他人计算机信息系统的工具；</li><li>利用本平台从事网络赌博、诈骗、传销等违法犯罪活动，或为网络赌博、诈骗提供充值、提现、推广等帮助；</li></ol>
</section>
<div class="mod">
<p>如用户违反上述约定，本平台有权立即删除相关内容、封禁账号，并向有关主管部门报告；涉嫌犯罪的，依法移送司法机关处理。</p>
</div>
</main>
<footer>云享APP 版权所有</footer>

</body>
</html>
