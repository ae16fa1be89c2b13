import { defineCheck } from '../../../core/check.ts';
import { conflicts, listComponents } from '../../../licences/analyse.ts';

export default defineCheck({
  id: 'licence-copyleft-in-proprietary-found',
  category: 'license-violation',
  severity: 'medium',
  needs: ['licences'],
  legal: [{ provision: 'copyright-53', clause: '1', party: 'operator' }, { provision: 'copyright-54' }],
  title: {
    zh: '闭源应用中含有 GPL/AGPL 组件，并放在对公众开放的网站目录中',
    en: 'A closed-source application in a public web root contains GPL/AGPL components',
  },
  description: {
    zh: '应用自己的清单声明为专有(UNLICENSED、proprietary，或 private 且未声明许可证),其运行依赖中却有 GPL、AGPL 等强 Copyleft 组件，而且应用位于网站目录中。向用户分发(前端代码、下载包、交付给客户)含有这些组件的作品时，GPL 要求整个衍生作品以同一许可证开放源代码；闭源分发与此冲突。违反许可证条件可能导致授权终止，继续使用可能构成著作权侵权，须承担停止侵害、赔偿损失等民事责任。',
    en: 'The application’s own manifest declares it proprietary (UNLICENSED, proprietary, or private without a licence), yet its runtime dependencies include strong-copyleft components such as GPL or AGPL ones, and it sits in a web root. Distributing a work that contains them (front-end code, download packages, deliveries to customers) requires the whole derivative work to be released with source under the same licence; closed distribution conflicts with that. Breaking the licence’s conditions can end it, after which continued use may infringe copyright, with civil liability to stop and pay damages.',
  },
  messages: {
    found: {
      zh: '专有应用 {dir}(网站目录 {webRoot})的运行依赖中有 {count} 个 Copyleft 组件：{list}',
      en: 'The proprietary application {dir} (web root {webRoot}) has {count} copyleft runtime components: {list}',
    },
  },
  remediation: {
    zh: '① 确认这些组件是否真的随作品分发(打进前端包、安装包或交付物);只在服务器端运行、不分发的 GPL 组件一般不触发开源义务(AGPL 除外);② 会分发的：替换为宽松许可证的替代组件、取得商业授权，或按许可证开放整个作品的源代码;③ 依赖若有 OR 选择(如 "MIT OR GPL-3.0"),在清单中记录所选的许可证。`hegui assess licences --path {dir}` 列出完整清单和义务。',
    en: '(1) Check whether these components are really distributed with the work (bundled into front-end code, installers or deliverables); GPL code that only runs on your server and is not distributed generally triggers no source duty (the AGPL aside); (2) for those that are distributed: replace them with permissively licensed alternatives, buy a commercial licence, or release the whole work’s source under the licence; (3) where a dependency offers a choice ("MIT OR GPL-3.0"), record the licence you chose. `hegui assess licences --path {dir}` lists the whole inventory and its duties.',
  },
  evaluate: ({ licences }) =>
    licences.projects.flatMap((p) =>
      conflicts(p)
        .filter((c) => c.kind === 'copyleft-in-proprietary')
        .map((c) => ({
          messageId: 'found' as const,
          data: {
            dir: p.dir,
            webRoot: p.webRoot ?? '',
            count: c.components.length,
            list: listComponents(c.components),
          },
          where: [...new Set([p.manifests[0] ?? p.dir, ...c.components.map((x) => x.source)])].map(
            (path) => ({ path }),
          ),
        })),
    ),
});
