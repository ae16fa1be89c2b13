<?php
function render_markdown(string $md): string {
    $html = htmlspecialchars($md, ENT_QUOTES);
    $html = preg_replace_callback('/\*\*(.+?)\*\*/', fn ($m) => '<b>' . $m[1] . '</b>', $html);
    $html = preg_replace('/\n{2,}/', '</p><p>', $html);
    return '<p>' . $html . '</p>';
}
echo render_markdown($_POST['text'] ?? '');
