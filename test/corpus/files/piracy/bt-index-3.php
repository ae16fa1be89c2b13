<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>磁力狗 - 磁力链接搜索引擎</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/page/1">首页</a></td><td><a href="/page/2">电影</a></td><td><a href="?c=3">剧集</a></td><td><a href="/#4">动漫</a></td><td><a href="/5">游戏</a></td></tr></table>
<main class="content">
<section>
<h1>最新种子</h1><form action="/search"><input name="q" placeholder="搜索影片"></form>
</section>
<div class="block">
<table class="torrents"><tr><th>名称</th><th>大小</th><th>做种</th><th>下载</th></tr><tr><td>怪奇物语5.2025.1080p.WEB-DL.mkv</td><td>5.5 GB</td><td>7297</td><td><a href="magnet:?xt=urn:btih:d2394bc2a07e8fc6bd939210d1d068a41f3c076a&dn=xqlsxboy">磁力链接</a> <a href="/torrent/873f711fb8508597.torrent">种子下载</a></td></tr>
<tr><td>满江红.2024.1080p.WEB-DL.mkv</td><td>19.7 GB</td><td>4979</td><td><a href="magnet:?xt=urn:btih:f2ba4ffb4c0467287dba33337c066ac566074e4c&dn=yapudmry">磁力链接</a> <a href="/torrent/1884662cb2d80ff6.torrent">种子下载</a></td></tr>
<tr><td>速度与激情11.2024.HDTC.mkv</td><td>4.2 GB</td><td>7031</td><td><a href="magnet:?xt=urn:btih:f065c0d320e68d66bbb7d3ecde360366877d53a1&dn=atcbrflq">磁力链接</a> <a href="/torrent/e042b3ef894cb9d9.torrent">种子下载</a></td></tr>
<tr><td>三体.2025.HDTC.mkv</td><td>19.5 GB</td><td>3470</td><td><a href="magnet:?xt=urn:btih:4a56b0d0cba3411bcfbbfd3448aec618a30edf34&dn=jlkgoxfr">磁力链接</a> <a href="/torrent/f4817704fd2a628e.torrent">种子下载</a></td></tr>
<tr><td>奥本海默.2025.HDTC.mkv</td><td>28.5 GB</td><td>7812</td><td><a href="magnet:?xt=urn:btih:6d87f061e3fae88d0d26cfdc91cca51cc0ffd23c&dn=hkxkjzde">磁力链接</a> <a href="/torrent/902a066fe31ac6e3.torrent">种子下载</a></td></tr>
<tr><td>哪吒之魔童闹海.2024.2160p.BluRay.mkv</td><td>1.5 GB</td><td>1786</td><td><a href="magnet:?xt=urn:btih:70ac4f11b60818537d83f7b27c879ded01f6f6f0&dn=wppmnlkz">磁力链接</a> <a href="/torrent/c466a43a3c00e5e0.torrent">种子下载</a></td></tr>
<tr><td>封神第二部.2024.WEBRip.mkv</td><td>10.4 GB</td><td>1400</td><td><a href="magnet:?xt=urn:btih:77ab31683fa4f0688a22b4e88340ea112f6c0fdb&dn=lwqbzbkw">磁力链接</a> <a href="/torrent/f884e89391b3a774.torrent">种子下载</a></td></tr>
<tr><td>哪吒之魔童闹海.2025.1080p.WEB-DL.mkv</td><td>14.8 GB</td><td>3857</td><td><a href="magnet:?xt=urn:btih:d92d790ffe11a20efeb5d3c8f1b732b1c1db2ce8&dn=yqcjnxte">磁力链接</a> <a href="/torrent/f0c5cf751d738d9e.torrent">种子下载</a></td></tr>
<tr><td>满江红.2025.WEBRip.mkv</td><td>30.4 GB</td><td>5395</td><td><a href="magnet:?xt=urn:btih:45c11327d0661e8d27a5c46ed9c62ef0dbf7ab35&dn=mmhrggyv">磁力链接</a> <a href="/torrent/f1ec8d22387a7ce6.torrent">种子下载</a></td></tr>
<tr><td>速度与激情11.2024.1080p.WEB-DL.mkv</td><td>25.1 GB</td><td>2906</td><td><a href="magnet:?xt=urn:btih:c4c72ddb742ca67e726bf55c46f53839d99dec1c&dn=ecymgxgf">磁力链接</a> <a href="/torrent/6f4618c053c40e35.torrent">种子下载</a></td></tr>
<tr><td>沙丘2.2025.1080p.WEB-DL.mkv</td><td>17.2 GB</td><td>632</td><td><a href="magnet:?xt=urn:btih:98ce1e4bfa85651e28b9be9f60f5a028c24f0a0a&dn=xjnmfhii">磁力链接</a> <a href="/torrent/4383623e9b8ea563.torrent">种子下载</a></td></tr>
<tr><td>阿凡达3.2024.HDTC.mkv</td><td>1.7 GB</td><td>6516</td><td><a href="magnet:?xt=urn:btih:107ddcbbf1079fa23876650093be0854ab50909c&dn=srnlzhoi">磁力链接</a> <a href="/torrent/74fbe3d19d6e0de6.torrent">种子下载</a></td></tr></table>
</div>
</main>
<footer>DHT网络实时采集</footer>
<script src="/static/js/app.1b6264d7.js"></script>
</body>
</html>
