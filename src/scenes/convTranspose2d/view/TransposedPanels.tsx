import { memo } from 'react';
import { useCodeComments } from '../../../hooks/useCodeComments.ts';
import { useT } from '../../../i18n/useT.ts';
import { formatCount } from '../../../i18n/format.ts';
import { convTranspose2dCode } from '../code.ts';
import type { ConvTranspose2dModel } from '../model.ts';
import type { ConvTranspose2dValues } from '../schema.ts';
import { selectLang, useAppStore } from '../../../store/store.ts';
import { CodePanel } from '../../../components/CodePanel.tsx';

/**
 * Live numbers of the transposed convolution: the output size `(H − 1)·s − 2p + d·(k − 1) + output_padding + 1`
 * per axis, parameters `I × O/groups × kH × kW` + bias, MACs, and the `nn.ConvTranspose2d(...)` code.
 */
export const TransposedPanels = memo(function TransposedPanels({ model, values }: { model: ConvTranspose2dModel; values: ConvTranspose2dValues }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const g = model.geometry;
  const n = (v: number) => formatCount(v, lang);
  const axes = [
    { axis: 'H', size: g.inH, s: g.strideH, p: g.paddingH, d: g.dilationH, k: g.kH, op: g.outputPaddingH, out: g.outH },
    { axis: 'W', size: g.inW, s: g.strideW, p: g.paddingW, d: g.dilationW, k: g.kW, op: g.outputPaddingW, out: g.outW },
  ];
  const weights = g.inChannels * g.outPerGroup * g.kH * g.kW;
  const code = convTranspose2dCode(values, model.output.shape, model.params, useCodeComments());
  return (
    <>
      <section className="panel" aria-labelledby="tpanel-shape">
        <h2 id="tpanel-shape">{t('panel.shape')}</h2>
        <p className="big-number" data-testid="output-shape">
          [{g.inChannels}, {g.inH}, {g.inW}] → [{g.outChannels}, {g.outH}, {g.outW}]
        </p>
        <ul className="formula-list">
          {axes.map((a) => (
            <li key={a.axis}>
              <span className="formula">
                {a.axis}
                <sub>out</sub> = ({a.size} − 1)·{a.s} − 2·{a.p} + {a.d}·({a.k} − 1) + {a.op} + 1
              </span>{' '}
              = <strong>{a.out}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="tpanel-params">
        <h2 id="tpanel-params">{t('panel.params')}</h2>
        <p className="formula" data-testid="param-count">
          {g.inChannels} × {g.outPerGroup} × {g.kH} × {g.kW} = {n(weights)} {t('panel.weights')}
          {values.bias && ` + ${n(g.outChannels)} ${g.outChannels === 1 ? t('panel.bias') : t('panel.biases')}`} = <strong>{n(model.params)}</strong>
        </p>
      </section>
      <section className="panel" aria-labelledby="tpanel-macs">
        <h2 id="tpanel-macs">{t('panel.macs')}</h2>
        <p className="formula" data-testid="mac-count">
          {g.inChannels}·{g.inH}·{g.inW} × {g.outPerGroup}·{g.kH}·{g.kW} = <strong>{n(model.macs)}</strong>
        </p>
        <p className="calc-note">{t('tpanel.macsNote')}</p>
      </section>
      <CodePanel code={code} />
    </>
  );
});
