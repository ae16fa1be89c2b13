<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>磁力猫 - 磁力链接搜索引擎</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/#1">首页</a></td><td><a href="/#2">电影</a></td><td><a href="/list/3">剧集</a></td><td><a href="/page/4">动漫</a></td><td><a href="/page/5">游戏</a></td></tr></table>
<main class="main">
<section>
<h1>磁力搜索</h1><form action="/search"><input name="q" placeholder="搜索影片"></form>
</section>
<div class="row">
<table class="torrents"><tr><th>名称</th><th>大小</th><th>做种</th><th>下载</th></tr><tr><td>最后生还者.2024.HDTC.mkv</td><td>4.7 GB</td><td>4087</td><td><a href="magnet:?xt=urn:btih:6477636377af1f1f507159dc5d59390bdf4c732d&dn=xboyhjoj">磁力链接</a> <a href="/torrent/147d3cfdd22450c3.torrent">种子下载</a></td></tr>
<tr><td>沙丘2.2025.1080p.WEB-DL.mkv</td><td>8.7 GB</td><td>18</td><td><a href="magnet:?xt=urn:btih:2c7e2c6e0030b9969df31e11e3b9c31a7cbaa494&dn=mjpovlmv">磁力链接</a> <a href="/torrent/897f9d3c6aaf50a7.torrent">种子下载</a></td></tr>
<tr><td>速度与激情11.2024.1080p.WEB-DL.mkv</td><td>18.6 GB</td><td>3530</td><td><a href="magnet:?xt=urn:btih:91b9142dbb4421e0716718e9825577c365231b1e&dn=pweiiozc">磁力链接</a> <a href="/torrent/14bed44f69921cb0.torrent">种子下载</a></td></tr>
<tr><td>繁花.2025.2160p.BluRay.mkv</td><td>18.1 GB</td><td>717</td><td><a href="magnet:?xt=urn:btih:ecee45028b357fe8a67d679100d393c57adb19c9&dn=znkulnwp">磁力链接</a> <a href="/torrent/7e9aaca4c6b9c07d.torrent">种子下载</a></td></tr>
<tr><td>奥本海默.2024.1080p.WEB-DL.mkv</td><td>28.5 GB</td><td>1560</td><td><a href="magnet:?xt=urn:btih:e5a251c64507b676c181c6e412478897cbfec3c1&dn=wdszftbl">磁力链接</a> <a href="/torrent/fed03b06266ace5e.torrent">种子下载</a></td></tr>
<tr><td>怪奇物语5.2024.HDTC.mkv</td><td>1.8 GB</td><td>3240</td><td><a href="magnet:?xt=urn:btih:7741f2561d1c07df5d3d07bb1a66582a7c87c6ae&dn=paijghtu">磁力链接</a> <a href="/torrent/9ee6d277ecb8773d.torrent">种子下载</a></td></tr>
<tr><td>Inside Out 2.2025.HDTC.mkv</td><td>13.9 GB</td><td>6744</td><td><a href="magnet:?xt=urn:btih:c7d052d56d6c27b0022e39a9917a7e1720d68b76&dn=figlznvu">磁力链接</a> <a href="/torrent/55d8ab781cfb63e2.torrent">种子下载</a></td></tr>
<tr><td>满江红.2025.WEBRip.mkv</td><td>2.2 GB</td><td>3753</td><td><a href="magnet:?xt=urn:btih:2f7a35093b46a7b299ff40b9d382451f4b392f8c&dn=wntmtdkr">磁力链接</a> <a href="/torrent/a28e8e3684c70f67.torrent">种子下载</a></td></tr></table>
</div>
</main>
<footer>DHT网络实时采集</footer>

</body>
</html>
