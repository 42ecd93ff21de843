import { boolParam, enumParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';
import type { NetworkId } from './table.ts';

/**
 * The eight networks, oldest first as `NETWORK_IDS` lists them (torchvision's builder names). Written out
 * here rather than imported from `table.ts`: the schema is in the first chunk, the network data loads with
 * the view (a test checks the two lists agree).
 */
export const NETWORK_CHOICES = ['alexnet', 'vgg16', 'googlenet', 'resnet18', 'resnet50', 'squeezenet1_0', 'mobilenet_v2', 'shufflenet_v2_x1_0'] as const satisfies readonly NetworkId[];

/** Smallest and largest input H or W a link may ask for (AlexNet cannot take the smallest: the page says why). */
export const MIN_SIZE = 32;
export const MAX_SIZE = 1024;

/**
 * The networks scene's parameters: `model` (torchvision's builder name), the input's `size` H×W (3 channels,
 * one image; 224×224 as the models were trained), and `aux` (GoogLeNet's two auxiliary heads, as
 * `aux_logits=True` builds them; the other networks have none).
 */
export const networksSchema = {
  model: enumParam('model', NETWORK_CHOICES, 'alexnet'),
  size: pairParam('size', MIN_SIZE, MAX_SIZE, 224),
  aux: boolParam('aux', false),
};

/** The scene's values as the store holds them. */
export type NetworksValues = ValuesOf<typeof networksSchema>;
