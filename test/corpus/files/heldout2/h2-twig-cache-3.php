<?php

use Twig\Environment;
use Twig\Source;
use Twig\Template;

/* product/show.html.twig */
class __TwigTemplate_de6b5bcd10f2463106fb0ad6666a4412 extends Template
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
