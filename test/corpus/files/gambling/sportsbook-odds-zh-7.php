<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>星空国际体育 - 赛事投注</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>

</head>
<body>
<nav class="navbar"><ul><li><a href="/#1">体育</a></li><li><a href="?c=2">滚球</a></li><li><a href="/page/3">早盘</a></li><li><a href="/#4">串关</a></li><li><a href="/list/5">投注记录</a></li><li><a href="/#6">存款</a></li></ul></nav>
<main class="container">
<section>
<h2>滚球</h2><table class="tb"><tr><th>时间</th><th>对阵</th><th>主胜</th><th>平</th><th>客胜</th><th>让球</th></tr><tr><td>22:30</td><td>巴萨 vs 皇马</td><td class="odds">1.92</td><td class="odds">2.06</td><td class="odds">3.02</td><td>-1</td></tr>
<tr><td>19:45</td><td>国米 vs 勇士</td><td class="odds">3.77</td><td class="odds">2.81</td><td class="odds">3.14</td><td>-0.5</td></tr>
<tr><td>11:30</td><td>巴黎 vs 拜仁</td><td class="odds">1.67</td><td class="odds">1.04</td><td class="odds">3.09</td><td>0/0.5</td></tr>
<tr><td>21:30</td><td>多特蒙德 vs 阿森纳</td><td class="odds">3.12</td><td class="odds">1.98</td><td class="odds">1.76</td><td>+0.5</td></tr>
<tr><td>19:00</td><td>国米 vs 阿森纳</td><td class="odds">1.18</td><td class="odds">1.43</td><td class="odds">1.22</td><td>-0.5</td></tr>
<tr><td>13:00</td><td>热火 vs AC米兰</td><td class="odds">1.36</td><td class="odds">1.39</td><td class="odds">2.92</td><td>+0.5</td></tr></table>
</section>
<div class="box">
<div class="betslip"><h3>投注单</h3><input type="number" name="money" placeholder="输入金额"><button class="bet-btn">确认投注</button></div>
</div>
<section>
<p>赛前赛中均可下注，赔率实时更新</p>
<p>体育首存送168</p>
<p>支持串关、滚球、让球、大小球等多种玩法</p>
</section>
</main>
<footer>星空国际 | 7×24小时在线客服 | 本站受英属维尔京群岛博彩委员会监管</footer>

</body>
</html>
