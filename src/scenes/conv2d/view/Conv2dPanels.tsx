import { memo } from 'react';
import { pluralKey } from '../../../i18n/plural.ts';
import { useT } from '../../../i18n/useT.ts';
import { useCodeComments } from '../../../hooks/useCodeComments.ts';
import { conv2dCode } from '../code.ts';
import { macFormula, outputSizeFormula, paramFormula } from '../formulas.ts';
import { formatCount } from '../../../i18n/format.ts';
import type { Conv2dModel } from '../model.ts';
import type { Conv2dValues } from '../schema.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { CodePanel } from '../../../components/CodePanel.tsx';

/**
 * The live numbers: output shape with the formula filled in per axis, parameters as PyTorch counts
 * them, multiply-accumulates, and the equivalent PyTorch code.
 */
export const Conv2dPanels = memo(function Conv2dPanels({ model, values }: { model: Conv2dModel; values: Conv2dValues }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const g = model.geometry;
  const axes = outputSizeFormula(g);
  const params = paramFormula(g, values.bias);
  const macs = macFormula(g);
  const code = conv2dCode(values, model.output.shape, model.params, useCodeComments());
  const n = (v: number) => formatCount(v, lang);
  return (
    <>
      <section className="panel" aria-labelledby="panel-shape">
        <h2 id="panel-shape">{t('panel.shape')}</h2>
        <p className="big-number" data-testid="output-shape">
          [{g.inChannels}, {g.inH}, {g.inW}] → [{g.outChannels}, {g.outH}, {g.outW}]
        </p>
        <ul className="formula-list">
          {axes.map((a) => {
            // `H_out` is written H<sub>out</sub>; a language may name the axis in words instead.
            const [name, sub] = t(`panel.outAxis.${a.axis}`).split('_');
            return (
              <li key={a.axis}>
                <span className="formula">
                  {name}
                  {sub && <sub>{sub}</sub>} = {a.filled}
                </span>{' '}
                = <strong>{a.result}</strong>
              </li>
            );
          })}
        </ul>
      </section>
      <section className="panel" aria-labelledby="panel-params">
        <h2 id="panel-params">{t('panel.params')}</h2>
        <p className="formula" data-testid="param-count">
          {params.weights} = {n(params.weightCount)} {t('panel.weights')}
          {values.bias && ` + ${n(params.biasCount)} ${params.biasCount === 1 ? t('panel.bias') : t('panel.biases')}`} = <strong>{n(params.total)}</strong>
        </p>
      </section>
      <section className="panel" aria-labelledby="panel-macs">
        <h2 id="panel-macs">{t('panel.macs')}</h2>
        <p className="formula" data-testid="mac-count">
          {macs.filled} = <strong>{n(macs.total)}</strong>
        </p>
        <p className="calc-note">
          {t(pluralKey(lang, 'panel.macsPerCell', g.outChannels * g.outH * g.outW), { cells: n(g.outChannels * g.outH * g.outW), terms: g.inPerGroup * g.kH * g.kW })}
        </p>
      </section>
      <CodePanel code={code} />
    </>
  );
});
