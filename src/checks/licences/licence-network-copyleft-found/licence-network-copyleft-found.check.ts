import { defineCheck, type Hit } from '../../../core/check.ts';
import { conflicts, listComponents } from '../../../licences/analyse.ts';

export default defineCheck({
  id: 'licence-network-copyleft-found',
  category: 'license-violation',
  severity: 'low',
  needs: ['licences'],
  legal: [{ provision: 'copyright-53', clause: '1', party: 'operator' }, { provision: 'copyright-54' }],
  title: {
    zh: '对外提供服务的应用使用了网络型 Copyleft 许可证(AGPL 等)的组件',
    en: 'A public web application uses network-copyleft (AGPL-style) components',
  },
  description: {
    zh: '从网站根目录和应用目录中的包清单与锁文件(npm、Composer、PyPI、Go、Cargo、Maven)读取组件及其许可证。AGPL、SSPL 等许可证要求:修改后的程序通过网络向用户提供服务时，须向这些用户提供对应源代码。hegui 看不到你是否修改过这些组件、是否已提供源代码，因此这是需要确认的义务，而不是已认定的违规。违反开源许可证条件可能导致授权终止，继续使用即可能构成著作权侵权(广州知识产权法院 2021 年 GPLv3 案判赔 50 万元)。',
    en: 'Reads the components and their licences from the package manifests and lock files (npm, Composer, PyPI, Go, Cargo, Maven) in the web roots and application directories. The AGPL, SSPL and similar licences require that when a modified program serves users over a network, those users are offered its corresponding source. hegui cannot see whether you changed these components or already offer the source, so this is a duty to confirm, not a breach found. Breaking an open-source licence’s conditions can end the licence, after which continued use may infringe copyright (a 2021 Guangzhou IP Court GPLv3 judgment awarded 500,000 yuan).',
  },
  messages: {
    app: {
      zh: '{dir} 的应用本身采用 {licence}，并通过网站目录 {webRoot} 对外提供：若已修改，须向网络用户提供源代码',
      en: 'The application in {dir} is itself under {licence} and is served from the web root {webRoot}: if modified, network users must be offered its source',
    },
    components: {
      zh: '{dir}(网站目录 {webRoot})的运行依赖中有 {count} 个网络型 Copyleft 组件：{list}',
      en: '{dir} (web root {webRoot}) ships {count} network-copyleft runtime components: {list}',
    },
  },
  remediation: {
    zh: '逐一确认:① 没有修改这些组件的，记录版本和来源即可;② 修改过的，在服务页面提供对应源代码的获取方式(例如页脚“源代码”链接指向公开仓库),保留许可证和版权声明;③ 不愿公开源代码的，替换为宽松许可证的替代组件或向权利人购买商业授权。用 `hegui assess licences --path {dir}` 查看完整清单和义务。',
    en: 'Confirm each one: (1) unmodified components: record their version and source; (2) modified ones: offer the corresponding source to users of the service (e.g. a "Source" link in the footer to a public repository) and keep the licence and copyright notices; (3) if you will not publish the source, replace them with permissively licensed alternatives or buy a commercial licence from the rights holder. `hegui assess licences --path {dir}` lists the whole inventory and its duties.',
  },
  evaluate: ({ licences }) => {
    const hits: Hit<'app' | 'components'>[] = [];
    for (const p of licences.projects) {
      const webRoot = p.webRoot ?? '';
      for (const c of conflicts(p).filter((x) => x.kind === 'network-copyleft-served')) {
        if (c.ownLicence)
          hits.push({
            messageId: 'app',
            data: { dir: p.dir, webRoot, licence: p.expression ?? p.declared ?? '?' },
            where: [{ path: p.manifests[0] ?? p.dir }],
          });
        else
          hits.push({
            messageId: 'components',
            data: { dir: p.dir, webRoot, count: c.components.length, list: listComponents(c.components) },
            where: [...new Set(c.components.map((x) => x.source))].map((path) => ({ path })),
          });
      }
    }
    return hits;
  },
});
