<?php

use Twig\Environment;
use Twig\Source;
use Twig\Template;

/* product/show.html.twig */
class __TwigTemplate_ae97a0d2f7303542de593e0d26b7ab49 extends Template
{
    private $source;

    public function __construct(Environment $env)
    {
        parent::__construct($env);
        $this->source = $this->getSourceContext();
        $this->parent = false;
        $this->blocks = ['body' => [$this, 'block_body']];
    }

    protected function doDisplay(array $context, array $blocks = [])
    {
        echo "<!DOCTYPE html>\n<html><body>";
        $this->displayBlock('body', $context, $blocks);
        echo "</body></html>";
    }

    public function block_body($context, array $blocks = [])
    {
        echo twig_escape_filter($this->env, ($context["title"] ?? null), "html", null, true);
    }
}
