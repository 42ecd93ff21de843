import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { useAppStore } from '../../src/store/store.ts';
import { loadLessonCatalog } from '../../src/store/lessonLink.ts';
import { applyHash, hashFor, startUrlSync } from '../../src/store/urlSync.ts';

// The lessons' data is its own chunk; arrived first, a lesson link is read at once (lessonLoading.test covers the wait).
beforeAll(() => loadLessonCatalog());

let stop: () => void;
beforeEach(() => {
  stop = () => undefined;
});
afterEach(() => stop());

describe('lesson links', () => {
  it('#/lesson/<id>?step=N opens that step’s scene with its parameters, and the link is written back', () => {
    act(() => applyHash('#/lesson/convolution?step=2&lang=zh'));
    const s = useAppStore.getState();
    expect(s.scene).toBe('conv2d');
    expect(s.lesson).toEqual({ id: 'convolution', step: 2 });
    expect(s.params).toMatchObject({ stride: [2, 2], size: [5, 5] });
    expect(s.position).toBe(0);
    expect(s.corrections).toEqual([]);
    expect(hashFor(s)).toBe('#/lesson/convolution?step=2&lang=zh');
  });

  it('a step past the end is clamped to the last step and reported; a missing step is step 1', () => {
    act(() => applyHash('#/lesson/dilation?step=99'));
    expect(useAppStore.getState().lesson).toEqual({ id: 'dilation', step: 3 });
    expect(useAppStore.getState().scene).toBe('receptive-field');
    expect(useAppStore.getState().corrections).toMatchObject([{ key: 'step', given: '99' }]);
    act(() => applyHash('#/lesson/dilation'));
    expect(useAppStore.getState().lesson).toEqual({ id: 'dilation', step: 1 });
    expect(useAppStore.getState().corrections).toEqual([]);
  });

  it('a learner’s changes inside a step are written to the lesson link, only where they differ from the step’s own link', () => {
    act(() => applyHash('#/lesson/convolution?step=2&lang=zh'));
    // The step sets stride 2: back to 1 (the scene's default) and a dilation of 2 are both the learner's.
    act(() => useAppStore.getState().setParams({ stride: [1, 1], dilation: [2, 2] }));
    const hash = hashFor(useAppStore.getState());
    expect(hash).toBe('#/lesson/convolution?step=2&stride=1&dilation=2&lang=zh');
    // The shared link opens the step as the learner left it, with the step's other values.
    act(() => applyHash('#/lesson/convolution?step=1'));
    act(() => applyHash(hash));
    const s = useAppStore.getState();
    expect(s.lesson).toEqual({ id: 'convolution', step: 2 });
    expect(s.params).toMatchObject({ stride: [1, 1], dilation: [2, 2], size: [5, 5] });
    expect(s.corrections).toEqual([]);
    // Changed back to the step's values, the link is the step's own again.
    act(() => useAppStore.getState().setParams({ stride: [2, 2], dilation: [1, 1] }));
    expect(hashFor(useAppStore.getState())).toBe('#/lesson/convolution?step=2&lang=zh');
  });

  it('keys of a lesson link the step’s scene does not have are reported, not silently dropped; bad values are corrected', () => {
    act(() => applyHash('#/lesson/convolution?step=2&strde=3&padding=99'));
    const s = useAppStore.getState();
    expect(s.corrections).toMatchObject([
      { key: 'strde', given: '3', reason: 'unknown' },
      { key: 'padding', given: '99' },
    ]);
    expect(s.params).toMatchObject({ stride: [2, 2] });
  });

  it('leaving a lesson for a scene link forgets the lesson, and the scene’s own step is its timeline again', () => {
    act(() => applyHash('#/lesson/convolution?step=3'));
    act(() => applyHash('#/conv2d?step=3'));
    const s = useAppStore.getState();
    expect(s.lesson).toBeNull();
    expect(s.position).toBeGreaterThan(0);
    expect(hashFor(s)).toBe('#/conv2d?step=3');
  });
});

describe('lesson page', () => {
  it('an unknown lesson says so above the list of lessons', () => {
    act(() => applyHash('#/lesson/nope'));
    render(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('There is no lesson “nope”.');
    expect(screen.getByRole('link', { name: 'Dilated convolution' })).toHaveAttribute('href', '#/lesson/dilation?step=1');
  });

  it('#/lessons lists every lesson in the learner’s language', () => {
    act(() => applyHash('#/lessons?lang=zh'));
    render(<App />);
    expect(screen.getByRole('heading', { level: 2, name: '引导课程' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '空洞（膨胀）卷积' })).toHaveAttribute('href', '#/lesson/dilation?step=1');
  });

  it('hides the scene until the question is answered: unreadable and wrong answers are said, the right one reveals it', async () => {
    stop = startUrlSync();
    act(() => applyHash('#/lesson/convolution?step=2'));
    render(<App />);
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Stride 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Scenes:/ })).toHaveTextContent('Scenes: Guided lessons');
    expect(screen.getByText('Step 2 of 4')).toBeInTheDocument();
    expect(document.querySelector('.scene')).toBeNull();
    const input = screen.getByRole('textbox', { name: 'Your answer' });
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Type a number first.')).toBeInTheDocument();
    await user.type(input, 'two');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('“two” is not a number: type digits, such as 12 or 1,024.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, '3{Enter}');
    expect(screen.getByText(/Not quite: 3 is not it/)).toBeInTheDocument();
    expect(document.querySelector('.scene')).toBeNull();
    await user.clear(input);
    await user.type(input, '2{Enter}');
    expect(screen.getByText('Right!')).toBeInTheDocument();
    expect(document.querySelector('.scene')).not.toBeNull();
    expect(screen.getByRole('link', { name: /Next step/ })).toHaveAttribute('href', '#/lesson/convolution?step=3');
    expect(screen.getByRole('link', { name: /Previous step/ })).toHaveAttribute('href', '#/lesson/convolution?step=1');
    expect(location.hash).toBe('#/lesson/convolution?step=2');
  });

  it('after a change, "Back to this step’s setup" links to the step as written and "Open this scene on its own" keeps the change', async () => {
    stop = startUrlSync();
    act(() => applyHash('#/lesson/convolution?step=1'));
    render(<App />);
    const own = () => screen.getByRole('link', { name: 'Open this scene on its own' });
    expect(screen.queryByRole('link', { name: 'Back to this step’s setup' })).toBeNull();
    const before = own().getAttribute('href');
    act(() => useAppStore.getState().setParams({ padding: [1, 1] }));
    expect(location.hash).toBe('#/lesson/convolution?step=1&padding=1');
    expect(screen.getByRole('link', { name: 'Back to this step’s setup' })).toHaveAttribute('href', '#/lesson/convolution?step=1');
    expect(screen.getByText(/^Your changes to this step: padding=1\. The narration and the question are about the step as written/)).toBeInTheDocument();
    expect(own().getAttribute('href')).not.toBe(before);
    expect(own().getAttribute('href')).toMatch(/^#\/conv2d\?.*padding=1/);
  });

  it('a choice question: a wrong choice is said; "Show me" reveals the answer and the scene', async () => {
    act(() => applyHash('#/lesson/separable?step=4'));
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Pick an answer first.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '8,7,6,5,4,3,2,1,0' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Not this one. Try another answer.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show me' }));
    expect(screen.getByText('The answer: 0,3,6,1,4,7,2,5,8.')).toBeInTheDocument();
    expect(document.querySelector('.scene')).not.toBeNull();
    expect(screen.getByText('This is the last step of the lesson.')).toBeInTheDocument();
  });
});
