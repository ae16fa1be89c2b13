import { describe, expect, it } from 'vitest';
import {
  parseCargo,
  parseComposer,
  parseDebianCopyright,
  parseGoMod,
  parsePackageJson,
  parsePackageLock,
  parsePom,
  parsePythonMetadata,
  parseRequirements,
} from './manifests.ts';

describe('manifest parsers', () => {
  it('package.json: own licence in every historical form, deps and devDeps', () => {
    expect(
      parsePackageJson(
        '{"name":"a","version":"1.0.0","license":"MIT","dependencies":{"x":"^1"},"devDependencies":{"y":"2"}}',
      ),
    ).toEqual({
      ecosystem: 'npm',
      project: { name: 'a', version: '1.0.0', declared: 'MIT' },
      components: [
        { name: 'x', version: '^1' },
        { name: 'y', version: '2', dev: true },
      ],
    });
    expect(parsePackageJson('{"license":{"type":"ISC"}}').project?.declared).toBe('ISC');
    expect(parsePackageJson('{"licenses":[{"type":"MIT"},{"type":"Apache-2.0"}]}').project?.declared).toEqual(
      ['MIT', 'Apache-2.0'],
    );
    expect(parsePackageJson('{"private":true}').project).toEqual({ private: true });
  });

  it('package.json: broken or hostile input is an error, never a throw', () => {
    expect(parsePackageJson('{"name":').error).toBeDefined();
    expect(parsePackageJson('[1,2]').error).toBe('not an object');
    expect(parsePackageJson('\uFEFF{"name":"bom"}').project?.name).toBe('bom');
  });

  it('package-lock v3 carries licences; v1 only names', () => {
    const v3 = parsePackageLock(
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: 'root' },
          'node_modules/@s/a': { version: '1.0.0', license: 'MIT' },
          'node_modules/b/node_modules/c': { version: '2.0.0', license: 'GPL-3.0-only', dev: true },
        },
      }),
    );
    expect(v3.components).toEqual([
      { name: '@s/a', version: '1.0.0', declared: 'MIT' },
      { name: 'c', version: '2.0.0', declared: 'GPL-3.0-only', dev: true },
    ]);
    const v1 = parsePackageLock(
      JSON.stringify({
        lockfileVersion: 1,
        dependencies: { a: { version: '1.0.0', dependencies: { b: { version: '0.1.0', dev: true } } } },
      }),
    );
    expect(v1.components).toEqual([
      { name: 'a', version: '1.0.0' },
      { name: 'b', version: '0.1.0', dev: true },
    ]);
  });

  it('composer.lock packages and packages-dev; composer.json licence', () => {
    const lock = parseComposer(
      JSON.stringify({
        packages: [{ name: 'monolog/monolog', version: '3.5.0', license: ['MIT'] }],
        'packages-dev': [{ name: 'x/y', version: '1', license: ['GPL-2.0-only'] }],
      }),
    );
    expect(lock.project).toBeUndefined();
    expect(lock.components).toEqual([
      { name: 'monolog/monolog', version: '3.5.0', declared: ['MIT'] },
      { name: 'x/y', version: '1', declared: ['GPL-2.0-only'], dev: true },
    ]);
    const json = parseComposer(
      '{"name":"acme/app","license":"proprietary","require":{"php":">=8","ext-json":"*","guzzlehttp/guzzle":"^7"}}',
    );
    expect(json.project).toEqual({ name: 'acme/app', declared: 'proprietary' });
    expect(json.components).toEqual([{ name: 'guzzlehttp/guzzle', version: '^7' }]);
  });

  it('Python METADATA: License-Expression, then classifiers, then a short License field', () => {
    expect(
      parsePythonMetadata(
        'Metadata-Version: 2.4\nName: requests\nVersion: 2.32.3\nLicense-Expression: Apache-2.0\n\nbody',
      ).components,
    ).toEqual([{ name: 'requests', version: '2.32.3', declared: 'Apache-2.0' }]);
    expect(
      parsePythonMetadata(
        'Name: x\nVersion: 1\nLicense: UNKNOWN\nClassifier: License :: OSI Approved :: MIT License\nClassifier: Programming Language :: Python',
      ).components[0]?.declared,
    ).toEqual(['MIT License']);
    // A whole licence text pasted into License is not a declaration hegui can use.
    expect(
      parsePythonMetadata(`Name: y\nLicense: ${'x'.repeat(200)}`).components[0]?.declared,
    ).toBeUndefined();
    expect(parsePythonMetadata('garbage').error).toBe('no Name field');
  });

  it('requirements.txt pins', () => {
    expect(
      parseRequirements(
        '# deps\nDjango==4.2.11\nrequests>=2.0 # http\n-r other.txt\ncelery[redis]==5.3.6\n\n',
      ).components,
    ).toEqual([
      { name: 'Django', version: '4.2.11' },
      { name: 'requests' },
      { name: 'celery', version: '5.3.6' },
    ]);
  });

  it('go.mod require lines, block and single', () => {
    const m = parseGoMod(
      'module example.com/app\n\ngo 1.22\n\nrequire github.com/a/b v1.2.3\nrequire (\n\tgithub.com/c/d v0.1.0 // indirect\n\tgolang.org/x/net v0.20.0\n)\n',
    );
    expect(m.project).toEqual({ name: 'example.com/app' });
    expect(m.components.map((c) => `${c.name}@${c.version}`)).toEqual([
      'github.com/a/b@v1.2.3',
      'github.com/c/d@v0.1.0',
      'golang.org/x/net@v0.20.0',
    ]);
  });

  it('Cargo.toml licence and Cargo.lock registry packages', () => {
    expect(
      parseCargo(
        '[package]\nname = "tool"\nversion = "0.1.0"\nlicense = "MIT OR Apache-2.0"\n\n[dependencies]\nserde = "1"\ntokio = { version = "1.37", features = ["full"] }\n',
      ),
    ).toEqual({
      ecosystem: 'cargo',
      project: { name: 'tool', version: '0.1.0', declared: 'MIT OR Apache-2.0' },
      components: [
        { name: 'serde', version: '1' },
        { name: 'tokio', version: '1.37' },
      ],
    });
    const lock = parseCargo(
      'version = 3\n\n[[package]]\nname = "tool"\nversion = "0.1.0"\n\n[[package]]\nname = "serde"\nversion = "1.0.200"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
    );
    expect(lock.components).toEqual([{ name: 'serde', version: '1.0.200' }]);
  });

  it('pom.xml: project licences and non-managed dependencies', () => {
    const pom = `<project><groupId>cn.acme</groupId><artifactId>shop</artifactId><version>1.0</version>
      <licenses><license><name>Apache License, Version 2.0</name></license></licenses>
      <dependencyManagement><dependencies><dependency><groupId>x</groupId><artifactId>managed</artifactId></dependency></dependencies></dependencyManagement>
      <dependencies>
        <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.13</version></dependency>
        <!-- <dependency><groupId>gone</groupId><artifactId>commented</artifactId></dependency> -->
        <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency>
      </dependencies></project>`;
    expect(parsePom(pom)).toEqual({
      ecosystem: 'maven',
      project: { name: 'cn.acme:shop', version: '1.0', declared: ['Apache License, Version 2.0'] },
      components: [
        { name: 'org.slf4j:slf4j-api', version: '2.0.13' },
        { name: 'junit:junit', version: '4.13.2', dev: true },
      ],
    });
  });

  it('Debian copyright: DEP-5 licences of every Files stanza; free-form files declare nothing', () => {
    const dep5 =
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: zlib\n\nFiles: *\nCopyright: 1995 someone\nLicense: Zlib\n\nFiles: contrib/*\nCopyright: x\nLicense: GPL-2+\n Long text\n\nLicense: Zlib\n text\n';
    expect(parseDebianCopyright(dep5, 'zlib1g').components).toEqual([
      { name: 'zlib1g', declared: 'Zlib AND GPL-2+' },
    ]);
    expect(parseDebianCopyright('This package was debianized by …', 'old').components).toEqual([
      { name: 'old' },
    ]);
    const free =
      'Licensed under the GPL, see /usr/share/common-licenses/GPL-2.\nDocs: /usr/share/common-licenses/GFDL-1.3 and /usr/share/common-licenses/GPL-2';
    expect(parseDebianCopyright(free, 'legacy').components).toEqual([
      { name: 'legacy', declared: 'GPL-2 AND GFDL-1.3' },
    ]);
  });
});
