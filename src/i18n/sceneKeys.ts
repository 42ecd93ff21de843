/**
 * The keys of every scene's own catalogue, as a type: each scene's `messages.ts` adds its keys here by
 * declaration merging (`declare module '../../i18n/sceneKeys.ts'`), so no list of scenes is kept in the
 * shell. The catalogues themselves load with their scenes.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SceneKeys {}
