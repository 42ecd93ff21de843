import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { addMessages } from '../i18n/translate.ts';
import type { Lang } from '../i18n/translate.ts';
import type { Schema } from '../url/schema.ts';

/** What a scene's view chunk exports: the component that draws it. */
export interface SceneModule {
  default: ComponentType;
}

/** A text in each interface language. */
export type Texts = Record<Lang, string>;

/**
 * A built scene: its id (the hash path), title and summary (in the first chunk: the menu lists them), its
 * parameters, and how to load the view. The schema is in the first chunk too (a link is read before
 * anything else loads); the view, its model, animations, messages and styles come in a chunk of their own,
 * fetched when the scene opens.
 */
export interface SceneDef {
  id: string;
  titleKey: MessageKey;
  summaryKey: MessageKey;
  schema: Schema;
  /** Whether the scene has a timeline (then `step` and `speed` are read from and written to the link). */
  playback: boolean;
  load: () => Promise<SceneModule>;
}

/** A scene of the curriculum that is not built yet: listed in the menu and the overview as coming soon. */
export interface PlannedScene {
  id: string;
  titleKey: MessageKey;
  summaryKey: MessageKey;
}

/** A scene's messages module: its catalogue in every language. */
interface MessagesModule {
  messages: Record<Lang, Record<string, string>>;
}

/**
 * The loader of a scene's view: the view module and the scene's messages are fetched in parallel, and the
 * messages are added to the catalogues before the view first renders.
 */
export function lazyView(messages: () => Promise<MessagesModule>, view: () => Promise<ComponentType>): () => Promise<SceneModule> {
  return async () => {
    const [m, View] = await Promise.all([messages(), view()]);
    addMessages(m.messages);
    return { default: View };
  };
}

const keysOf = (id: string) => ({ titleKey: `scene.${id}` as MessageKey, summaryKey: `scene.${id}.summary` as MessageKey });

/**
 * Declares a built scene in its own folder (`src/scenes/<name>/index.ts`). Its title and summary become the
 * messages `scene.<id>` and `scene.<id>.summary`.
 */
export function defineScene(scene: Omit<SceneDef, 'titleKey' | 'summaryKey'> & { title: Texts; summary: Texts }): SceneDef {
  const { title, summary, ...def } = scene;
  const keys = keysOf(def.id);
  addMessages({
    en: { [keys.titleKey]: title.en, [keys.summaryKey]: summary.en },
    zh: { [keys.titleKey]: title.zh, [keys.summaryKey]: summary.zh },
  });
  return { ...def, ...keys };
}

/** Declares a scene that is planned but not built (its title and summary are shell messages). */
export function planScene(id: string): PlannedScene {
  return { id, ...keysOf(id) };
}
