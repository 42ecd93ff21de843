import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { lessonCatalog, loadLessonCatalog } from '../../src/store/lessonLink.ts';
import { useAppStore } from '../../src/store/store.ts';
import { startUrlSync } from '../../src/store/urlSync.ts';

let stop: () => void = () => undefined;
afterEach(() => stop());

describe('a lesson link before the lessons’ data has arrived', () => {
  it('shows the loading placeholder, keeps the link as given, then opens the step with the learner’s changes', async () => {
    expect(lessonCatalog()).toBeNull();
    history.replaceState(null, '', '#/lesson/convolution?step=2&padding=1&lang=zh');
    stop = startUrlSync();
    render(<App />);
    expect(useAppStore.getState()).toMatchObject({ lessonsLoading: true, scene: 'lessons', lesson: null, lang: 'zh' });
    expect(document.querySelector('.scene-loading')).not.toBeNull();
    // Nothing writes the link meanwhile: the learner's padding=1 is still there to be read.
    act(() => useAppStore.getState().setTheme('dark'));
    expect(location.hash).toBe('#/lesson/convolution?step=2&padding=1&lang=zh');
    await act(() => loadLessonCatalog());
    const s = useAppStore.getState();
    expect(s).toMatchObject({ lessonsLoading: false, scene: 'conv2d', lesson: { id: 'convolution', step: 2 } });
    expect(s.params).toMatchObject({ stride: [2, 2], padding: 1 });
    expect(await screen.findByRole('heading', { level: 2, name: '步幅 2' })).toBeInTheDocument();
    expect(location.hash).toBe('#/lesson/convolution?step=2&padding=1&lang=zh&theme=dark');
  });
});
