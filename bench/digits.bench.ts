/**
 * `npx tsx bench/digits.bench.ts`: what one stroke on the digits scene's pad costs on the main thread, outside
 * React: turning a 160×160 canvas of ink into load_digits' 8×8 pixels (`inkToPixels`), and the engine's forward
 * pass through the trained network (`forward`, 25,600 multiply-accumulates). Prints the median and the 95th
 * percentile of each over 500 runs after a warm-up, and the load average (the machine is shared).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { inkToPixels } from '../src/scenes/digits/ink.ts';
import { forward, parseNet } from '../src/scenes/digits/model.ts';

const net = parseNet(JSON.parse(readFileSync(new URL('../public/digits-nin.json', import.meta.url), 'utf8')));
if ('reason' in net) throw new Error(`digits-nin.json refused: ${net.reason} ${net.part}`);

const SIDE = 160;
// A ring (a drawn 0): ink between two ellipses.
const ink = Float32Array.from({ length: SIDE * SIDE }, (_, i) => {
  const y = (Math.floor(i / SIDE) - 80) / 60;
  const x = (i % SIDE - 80) / 36;
  const r = x * x + y * y;
  return r > 0.6 && r < 1 ? 1 : 0;
});

function time(name: string, run: () => unknown): void {
  for (let i = 0; i < 50; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${name.padEnd(28)} median ${ms[250].toFixed(3)} ms · p95 ${ms[475].toFixed(3)} ms`);
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const pixels = inkToPixels(ink, SIDE);
time('inkToPixels 160×160 → 8×8', () => inkToPixels(ink, SIDE));
time('forward (engine, 8×8 image)', () => forward(net, pixels));
console.log(`drawn ring predicted as ${forward(net, pixels).predicted}`);
