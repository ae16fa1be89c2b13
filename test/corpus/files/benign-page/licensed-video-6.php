<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>长相思-高清正版视频在线观看-悦视频</title>
<style>body{font-family:Helvetica,Arial,sans-serif;background:#fff}.container{max-width:1180px;margin:auto}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="?c=1">首页</a>
<a href="/2">电视剧</a>
<a href="/3">电影</a>
<a href="?c=4">综艺</a>
<a href="/list/5">动漫</a>
<a href="?c=6">会员</a></div></header>
<main class="main">
<div class="mod">
<h1>长相思</h1><p>正版授权 | 更新至12集 | 会员抢先看</p>
</div>
<div class="row">
<div class="episodes"><a href="/v/bjijxkwemu.html" class="ep">1</a><a href="/v/pxoqvpmyyk.html" class="ep">2</a><a href="/v/tkgpwszkvm.html" class="ep">3</a><a href="/v/azgtxatvxp.html" class="ep">4</a><a href="/v/rspmbeukgj.html" class="ep">5</a><a href="/v/fczxnmynzm.html" class="ep">6<i>VIP</i></a><a href="/v/rcxagmocol.html" class="ep">7</a><a href="/v/rjmxrltrqe.html" class="ep">8<i>VIP</i></a><a href="/v/dksecypopb.html" class="ep">9<i>VIP</i></a><a href="/v/wisrtqltuu.html" class="ep">10</a><a href="/v/jvntmphznc.html" class="ep">11<i>VIP</i></a><a href="/v/xloxsyqslb.html" class="ep">12</a><a href="/v/zytdlhqyqv.html" class="ep">13</a><a href="/v/jxouryspiy.html" class="ep">14</a><a href="/v/qthxhwktym.html" class="ep">15</a><a href="/v/zdhgkluerw.html" class="ep">16<i>VIP</i></a><a href="/v/fllrnjvnzf.html" class="ep">17</a></div>
</div>
<section>
<p>开通会员可免广告、抢先看全集</p>
<p>购买单集点播券即可观看超前点播</p>
</section>
</main>
<footer>信息网络传播视听节目许可证：5981691号 | 广播电视节目制作经营许可证 | 版权所有</footer>
<script src="/static/js/app.c3fb831a.js"></script>
</body>
</html>
