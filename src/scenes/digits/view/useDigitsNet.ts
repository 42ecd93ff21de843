import { useCallback, useEffect, useState } from 'react';
import { parseNet } from '../model.ts';
import type { DigitsNet, NetProblem } from '../model.ts';

/** Why the weights could not be used: a failed request (HTTP status or none), or a file the scene refuses. */
export type NetFailure = { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'file'; problem: NetProblem };

/** The weights file's state: loading, ready, or failed with the reason. */
export type NetState = { status: 'loading' } | { status: 'ready'; net: DigitsNet } | { status: 'failed'; failure: NetFailure };

/** Where the trained weights are served: public/digits-nin.json, beside the page. */
export const WEIGHTS_URL = `${import.meta.env.BASE_URL}digits-nin.json`;

let cached: Promise<DigitsNet> | null = null;

class NetError extends Error {
  constructor(readonly failure: NetFailure) {
    super(failure.kind);
  }
}

async function fetchNet(): Promise<DigitsNet> {
  let response: Response;
  try {
    response = await fetch(WEIGHTS_URL);
  } catch {
    throw new NetError({ kind: 'network' });
  }
  if (!response.ok) throw new NetError({ kind: 'http', status: response.status });
  let doc: unknown;
  try {
    doc = await response.json();
  } catch {
    throw new NetError({ kind: 'file', problem: { reason: 'notJson', part: 'digits-nin.json' } });
  }
  const net = parseNet(doc);
  if ('reason' in net) throw new NetError({ kind: 'file', problem: net });
  return net;
}

/**
 * The trained network, fetched once when the scene first opens (kept for later visits); a failure is kept
 * as its reason, and `retry` fetches again.
 */
export function useDigitsNet(): { state: NetState; retry: () => void } {
  const [state, setState] = useState<NetState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    cached ??= fetchNet();
    const loading = cached;
    loading.then(
      (net) => live && setState({ status: 'ready', net }),
      (e: unknown) => {
        if (cached === loading) cached = null;
        if (live) setState({ status: 'failed', failure: e instanceof NetError ? e.failure : { kind: 'network' } });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((a) => a + 1);
  }, []);
  return { state, retry };
}
