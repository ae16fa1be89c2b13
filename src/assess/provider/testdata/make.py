"""Regenerate the binary agreement fixtures (synthetic text): agreement-zh.docx from agreement-zh.md.
The PDF is printed by Debian's Chromium from agreement-en.html: see the command at the end."""
import html, zipfile, pathlib
here = pathlib.Path(__file__).parent
paras = [p for p in (here / 'agreement-zh.md').read_text('utf-8').split('\n') if p.strip()]
body = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p)}</w:t></w:r></w:p>' for p in paras)
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       f'<w:body>{body}</w:body></w:document>')
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile(here / 'agreement-zh.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in (('[Content_Types].xml', types), ('_rels/.rels', rels), ('word/document.xml', doc)):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, data)
# PDF: chromium --headless --no-sandbox --print-to-pdf=agreement-en.pdf agreement-en.html
