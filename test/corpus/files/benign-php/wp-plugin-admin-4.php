<?php
/**
 * Plugin Name: Site Notice
 * Version: 2.1
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

add_action( 'admin_menu', function () {
    add_options_page( 'Settings', 'Settings', 'manage_options', 'sxupv_options', 'render_sxupv_options' );
} );

function render_sxupv_options() {
    if ( ! current_user_can( 'manage_options' ) ) {
        return;
    }
    if ( isset( $_POST['submit'] ) && check_admin_referer( 'save_sxupv_options' ) ) {
        $value = sanitize_text_field( wp_unslash( $_POST['notice'] ?? '' ) );
        update_option( 'sxupv_options', $value );
    }
    $current = get_option( 'sxupv_options', '' );
    echo '<form method="post">';
    wp_nonce_field( 'save_sxupv_options' );
    echo '<input name="notice" value="' . esc_attr( $current ) . '">';
    submit_button();
    echo '</form>';
}

add_action( 'wp_ajax_sxupv_options_ping', function () {
    check_ajax_referer( 'sxupv_options' );
    wp_send_json_success( array( 'time' => time() ) );
} );
