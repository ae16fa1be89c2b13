import { describe, expect, it } from 'vitest';
import { isYes, methodAllowed } from './sshd-facts.ts';

describe('isYes', () => {
  it.each([
    ['yes', true],
    ['YES', true],
    [' Yes ', true],
    ['no', false],
    ['prohibit-password', false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isYes(value)).toBe(expected);
  });
});

describe('methodAllowed', () => {
  it.each([
    [undefined, 'password', true],
    ['any', 'password', true],
    ['publickey', 'password', false],
    ['publickey', 'keyboard-interactive', false],
    ['publickey,password', 'password', true],
    ['publickey publickey,password', 'password', true],
    ['publickey,keyboard-interactive:pam', 'keyboard-interactive', true],
    ['publickey,keyboard-interactive:pam', 'password', false],
  ] as const)('%j allows %s: %s', (methods, method, expected) => {
    expect(methodAllowed(methods, method)).toBe(expected);
  });
});
