<?php
use PHPUnit\Framework\TestCase;

final class MathTest extends TestCase
{
    public function testAdd(): void
    {
        $this->assertSame(4, 2 + 2);
        $this->assertTrue(is_callable('strlen'));
    }
}
