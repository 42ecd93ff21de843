import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { applyHash } from '../../src/store/urlSync.ts';

const menuButton = () => screen.getByRole('button', { name: /^Scenes:/ });

describe('scene menu', () => {
  it('names the open scene, and lists the scenes and the lessons as links', async () => {
    act(() => applyHash('#/conv2d'));
    render(<App />);
    expect(menuButton()).toHaveTextContent('Scenes: Convolution');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(menuButton());
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    const nav = screen.getByRole('navigation', { name: 'Scenes' });
    expect(within(nav).getByRole('link', { name: 'Convolution' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '#/');
    expect(within(nav).getByRole('link', { name: 'Guided lessons' })).toHaveAttribute('href', '#/lessons');
  });

  it('is keyboard usable: Enter opens, Tab reaches the links, Escape closes and returns focus', async () => {
    render(<App />);
    const user = userEvent.setup();
    menuButton().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('link', { name: 'Overview' })).toBeVisible();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
    expect(screen.queryByRole('link', { name: 'Overview' })).toBeNull();
  });

  it('closes when a scene opens and when the learner clicks elsewhere; follows the language', async () => {
    render(<App />);
    await userEvent.click(menuButton());
    act(() => applyHash('#/conv2d'));
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(menuButton());
    await userEvent.click(document.body);
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    act(() => useAppStore.getState().setLang('zh'));
    expect(screen.getByRole('button', { name: /^场景/ })).toHaveTextContent('卷积');
  });
});
