import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stepTimeline } from '../../src/animations/timeline.ts';
import type { Timeline } from '../../src/animations/timeline.ts';
import { useScenePlayback } from '../../src/hooks/useScenePlayback.ts';
import { initialPlayback, selectTimelineLength } from '../../src/store/playbackSlice.ts';
import { useAppStore } from '../../src/store/store.ts';

function Player({ timeline }: { timeline: Timeline | null }) {
  const { total } = useScenePlayback(timeline);
  return <p>{total}</p>;
}

const length = () => selectTimelineLength(useAppStore.getState());

describe('the store’s timeline length', () => {
  it('starts empty, and reset empties it', () => {
    expect(initialPlayback().timelineLength).toBeNull();
    expect(length()).toBeNull();
    act(() => useAppStore.getState().setTimelineLength(12));
    expect(length()).toBe(12);
    act(() => useAppStore.getState().reset());
    expect(length()).toBeNull();
  });
  it('counts a length below one or not a number as one step', () => {
    act(() => useAppStore.getState().setTimelineLength(0));
    expect(length()).toBe(1);
    act(() => useAppStore.getState().setTimelineLength(Number.NaN));
    expect(length()).toBe(1);
    act(() => useAppStore.getState().setTimelineLength(4.7));
    expect(length()).toBe(4);
  });
  it('is published by useScenePlayback, follows its timeline and is cleared when the scene goes', () => {
    const view = render(<Player timeline={stepTimeline(9)} />);
    expect(length()).toBe(9);
    view.rerender(<Player timeline={stepTimeline(4)} />);
    expect(length()).toBe(4);
    view.rerender(<Player timeline={null} />);
    expect(length()).toBeNull();
    view.rerender(<Player timeline={stepTimeline(6)} />);
    expect(length()).toBe(6);
    view.unmount();
    expect(length()).toBeNull();
  });
  it('switching scenes leaves the new scene’s length, never the old one', () => {
    const view = render(<Player key="a" timeline={stepTimeline(90)} />);
    expect(length()).toBe(90);
    view.rerender(<Player key="b" timeline={stepTimeline(4)} />);
    expect(length()).toBe(4);
    view.rerender(<p>no timeline</p>);
    expect(length()).toBeNull();
  });
});
