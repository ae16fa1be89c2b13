<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>种子搜 - 磁力链接搜索引擎</title>
<style>*{box-sizing:border-box}body{background:#111;color:#eee}</style>

</head>
<body>
<div class="menu"><a href="/#1">首页</a> | <a href="/list/2">电影</a> | <a href="/3">剧集</a> | <a href="/#4">动漫</a> | <a href="/#5">游戏</a></div>
<main class="content">
<section>
<h1>磁力搜索</h1><form action="/search"><input name="q" placeholder="搜索影片"></form>
</section>
<div class="block">
<table class="torrents"><tr><th>名称</th><th>大小</th><th>做种</th><th>下载</th></tr><tr><td>Dune: Part Two.2024.HDTC.mkv</td><td>12.1 GB</td><td>5301</td><td><a href="magnet:?xt=urn:btih:a23f0cb083b6d74b8d3a537ec835cd669c3187bd&dn=zbnqmyhy">磁力链接</a> <a href="/torrent/7fd94e442ef35978.torrent">种子下载</a></td></tr>
<tr><td>Deadpool & Wolverine.2024.HDTC.mkv</td><td>10.9 GB</td><td>6872</td><td><a href="magnet:?xt=urn:btih:aabe610e996e297f4ccca489cda42eb5f3e57c0f&dn=gvzmexah">磁力链接</a> <a href="/torrent/09387e731c4e01eb.torrent">种子下载</a></td></tr>
<tr><td>沙丘2.2024.2160p.BluRay.mkv</td><td>10.1 GB</td><td>3635</td><td><a href="magnet:?xt=urn:btih:a68cb1927e7ee513e23d4203936fa1c66d901036&dn=yxhdveyz">磁力链接</a> <a href="/torrent/1aea733f05868258.torrent">种子下载</a></td></tr>
<tr><td>鱼你在一起.2024.1080p.WEB-DL.mkv</td><td>5.1 GB</td><td>5835</td><td><a href="magnet:?xt=urn:btih:ad58e93fe17a13406ef5c2b3623ccf95e7d8cfd1&dn=aeunacgg">磁力链接</a> <a href="/torrent/611692eda508cf28.torrent">种子下载</a></td></tr>
<tr><td>长相思.2024.1080p.WEB-DL.mkv</td><td>2.7 GB</td><td>8361</td><td><a href="magnet:?xt=urn:btih:536e706210b92211b24134060d1a5625b0fd1719&dn=iitmkrjc">磁力链接</a> <a href="/torrent/f96348dd8be4b2c4.torrent">种子下载</a></td></tr>
<tr><td>怪奇物语5.2025.2160p.BluRay.mkv</td><td>17.2 GB</td><td>6924</td><td><a href="magnet:?xt=urn:btih:7cfdad34e16ad4847a9ee35922f137f2dfd0e8f5&dn=qajbsudb">磁力链接</a> <a href="/torrent/cb103bd9d949d29e.torrent">种子下载</a></td></tr>
<tr><td>满江红.2024.HDTC.mkv</td><td>10.9 GB</td><td>4271</td><td><a href="magnet:?xt=urn:btih:0a53046b8eae11dbee1f353341bdf345941fce7e&dn=icwrjwec">磁力链接</a> <a href="/torrent/84f53d330ab87d28.torrent">种子下载</a></td></tr>
<tr><td>速度与激情11.2024.1080p.WEB-DL.mkv</td><td>6.7 GB</td><td>252</td><td><a href="magnet:?xt=urn:btih:63a872cd43bd94742b8cc1cd7f0ec31bdf3d8c3f&dn=edldfbsp">磁力链接</a> <a href="/torrent/86abee9128220f68.torrent">种子下载</a></td></tr>
<tr><td>奥本海默.2024.HDTC.mkv</td><td>9.2 GB</td><td>1209</td><td><a href="magnet:?xt=urn:btih:0b56d684a1d0d7b2b9981d891e10b2ead84d8621&dn=qggkpfnd">磁力链接</a> <a href="/torrent/7bbdf1a598a8976c.torrent">种子下载</a></td></tr>
<tr><td>怪奇物语5.2024.WEBRip.mkv</td><td>13.5 GB</td><td>8147</td><td><a href="magnet:?xt=urn:btih:f8339be854029ea4da8a0215a9084feb351f1b57&dn=fujlwevb">磁力链接</a> <a href="/torrent/2109ae04e873bd75.torrent">种子下载</a></td></tr>
<tr><td>The Batman.2025.WEBRip.mkv</td><td>5.4 GB</td><td>4239</td><td><a href="magnet:?xt=urn:btih:19e90f7d11cd611c5a2c14fd9ef10b9c4ffe002e&dn=rmktging">磁力链接</a> <a href="/torrent/5100805b173f957b.torrent">种子下载</a></td></tr>
<tr><td>哪吒之魔童闹海.2025.WEBRip.mkv</td><td>4.3 GB</td><td>3892</td><td><a href="magnet:?xt=urn:btih:e6d4e9049075fe437e302cd58982ca7d6414ce05&dn=ufxjbkld">磁力链接</a> <a href="/torrent/6c1bf0d59a9d9da7.torrent">种子下载</a></td></tr>
<tr><td>哪吒之魔童闹海.2024.2160p.BluRay.mkv</td><td>12.4 GB</td><td>6599</td><td><a href="magnet:?xt=urn:btih:ca1814b071c2d6bad5b9cc0f483c4988b374f063&dn=kagsufce">磁力链接</a> <a href="/torrent/7476d016122f2114.torrent">种子下载</a></td></tr>
<tr><td>封神第二部.2025.WEBRip.mkv</td><td>29.7 GB</td><td>3655</td><td><a href="magnet:?xt=urn:btih:65282da5cd1625f22d5d78428e4326925710c98b&dn=kjptkvpy">磁力链接</a> <a href="/torrent/68ce9c6e8db0782f.torrent">种子下载</a></td></tr></table>
</div>
</main>
<footer>DHT网络实时采集</footer>

</body>
</html>
