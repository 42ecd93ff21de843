/** The parts of a location hash `#/<scene>?<query>`. */
export interface Route {
  scene: string;
  query: URLSearchParams;
}

/**
 * Reads `#/conv2d?size=5&lang=zh`. The scene id is whatever stands between `#/` and `?` (decoded when
 * it can be); an empty hash is the overview (`''`).
 */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const rawScene = q < 0 ? body : body.slice(0, q);
  let scene: string;
  try {
    scene = decodeURIComponent(rawScene);
  } catch {
    scene = rawScene;
  }
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));
  } catch {
    query = new URLSearchParams();
  }
  return { scene: scene.replace(/\/+$/, ''), query };
}

/** Writes `#/<scene>?<pairs>`, values encoded but the separators of sizes (`x`) kept readable. */
export function formatHash(scene: string, pairs: readonly (readonly [string, string])[]): string {
  const query = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  // Each path segment encoded on its own, so a lesson's `lesson/<id>` keeps its slash.
  return `#/${scene.split('/').map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

/** The lesson id of a route's scene part `lesson/<id>` (what `#/lesson/<id>` parses to), if it is one. */
export function lessonIdOf(scene: string): string | undefined {
  const m = /^lesson\/([^/]+)$/.exec(scene);
  return m ? m[1] : undefined;
}
