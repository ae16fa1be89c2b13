<?php
/**
 * Plugin Name: Simple Contact
 * Version: 1.1
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

add_action( 'admin_menu', function () {
    add_options_page( 'Settings', 'Settings', 'manage_options', 'vcrbh_options', 'render_vcrbh_options' );
} );

function render_vcrbh_options() {
    if ( ! current_user_can( 'manage_options' ) ) {
        return;
    }
    if ( isset( $_POST['submit'] ) && check_admin_referer( 'save_vcrbh_options' ) ) {
        $value = sanitize_text_field( wp_unslash( $_POST['notice'] ?? '' ) );
        update_option( 'vcrbh_options', $value );
    }
    $current = get_option( 'vcrbh_options', '' );
    echo '<form method="post">';
    wp_nonce_field( 'save_vcrbh_options' );
    echo '<input name="notice" value="' . esc_attr( $current ) . '">';
    submit_button();
    echo '</form>';
}

add_action( 'wp_ajax_vcrbh_options_ping', function () {
    check_ajax_referer( 'vcrbh_options' );
    wp_send_json_success( array( 'time' => time() ) );
} );
