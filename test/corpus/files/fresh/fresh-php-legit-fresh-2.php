<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Welcome extends CI_Controller {
    public function index()
    {
        $this->load->model('news_model');
        $data['news'] = $this->news_model->get_news($this->input->get('slug', TRUE));
        $this->load->view('welcome_message', $data);
    }
}
