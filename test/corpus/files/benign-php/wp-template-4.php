<?php
/**
 * The template for displaying search results
 *
 * @package astra-child
 */

get_header();
?>
<main id="primary" class="site-main">
<?php if ( isset( $_GET['s'] ) ) : ?>
    <h1 class="page-title"><?php printf( esc_html__( 'Search Results for: %s', 'mytheme' ), '<span>' . esc_html( get_search_query() ) . '</span>' ); ?></h1>
<?php endif; ?>
<?php
while ( have_posts() ) :
    the_post();
    get_template_part( 'template-parts/content', get_post_type() );
    the_post_navigation( array( 'prev_text' => '&larr; %title', 'next_text' => '%title &rarr;' ) );
    if ( comments_open() || get_comments_number() ) {
        comments_template();
    }
endwhile;
?>
</main>
<?php
get_sidebar();
get_footer();
