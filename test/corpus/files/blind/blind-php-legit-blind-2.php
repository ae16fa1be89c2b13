<?php
add_shortcode('latest_posts', function ($atts) {
    $atts = shortcode_atts(['count' => 5], $atts);
    $q = new WP_Query(['posts_per_page' => (int) $atts['count']]);
    $out = '<ul>';
    while ($q->have_posts()) { $q->the_post(); $out .= '<li>' . esc_html(get_the_title()) . '</li>'; }
    wp_reset_postdata();
    return $out . '</ul>';
});
