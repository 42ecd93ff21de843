/** Importing this module registers every built scene. */
import './conv2d/index.ts';
import './convTranspose2d/index.ts';
import './receptiveField/index.ts';
import './squeezeExcite/index.ts';
import './groupShuffle/index.ts';
import './depthwise/index.ts';
import './pointwise/index.ts';
