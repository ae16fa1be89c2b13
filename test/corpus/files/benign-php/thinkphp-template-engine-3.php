<?php
namespace think\template\driver;

class Cache
{
    protected $cacheFile;

    public function write($cacheFile, $content)
    {
        $dir = dirname($cacheFile);
        if (!is_dir($dir)) {
            mkdir($dir, 0755, true);
        }
        if (false === file_put_contents($cacheFile, $content)) {
            throw new \RuntimeException('cache write error:' . $cacheFile);
        }
    }

    public function read($cacheFile, $vars = [])
    {
        $this->cacheFile = $cacheFile;
        if (!empty($vars) && is_array($vars)) {
            extract($vars, EXTR_OVERWRITE);
        }
        include $this->cacheFile;
    }

    public function display($content, $vars = [])
    {
        if (!empty($vars)) {
            extract($vars, EXTR_OVERWRITE);
        }
        eval('?>' . $content);
    }
}
