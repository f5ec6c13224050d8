// Builds the TypeScript client from the merged contract, as a frontend team would use it:
//   1. compiles the typescript-fetch client the Maven build generated (target/typescript-fetch) to CommonJS and ES
//      modules, with declarations;
//   2. writes the contract's types for openapi-fetch with openapi-typescript (dist/openapi.d.ts);
//   3. packs them as @boussole/client, versioned as the API (info.version), into target/boussole-client-VERSION.tgz;
//   4. installs that tarball in target/consumer, as a consumer would, and compiles the journey tests (test/*.ts)
//      against it, both flavours, so a contract change that breaks a generated client fails the build; the e2e
//      suite runs them (node --test target/consumer/test-js) against the running suite.
// Usage: node build.mjs CONTRACT TARGET
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const [contract, target] = process.argv.slice(2).map((path) => resolve(path));
if (!contract || !target) {
  console.error('usage: node build.mjs CONTRACT TARGET');
  process.exit(2);
}
const tsc = join(here, 'node_modules', '.bin', 'tsc');
const run = (command, args, cwd = here) => execFileSync(command, args, { cwd, stdio: 'inherit' });

const version = /^info:\n(?:[ ].*\n)*?[ ]{2}version: "?([^"\n]+)"?$/m.exec(readFileSync(contract, 'utf8'))?.[1];
if (!version) {
  throw new Error(`no info.version in ${contract}`);
}

const generated = join(target, 'typescript-fetch');
const pkg = join(target, 'npm');
rmSync(pkg, { recursive: true, force: true });
run(tsc, ['-p', join(generated, 'tsconfig.json'), '--outDir', join(pkg, 'dist')]);
run(tsc, ['-p', join(generated, 'tsconfig.esm.json'), '--outDir', join(pkg, 'dist', 'esm')]);
writeFileSync(join(pkg, 'dist', 'openapi.d.ts'), astToString(await openapiTS(pathToFileURL(contract))));
cpSync(join(here, 'README.md'), join(pkg, 'README.md'));
writeFileSync(join(pkg, 'package.json'), JSON.stringify({
  name: '@boussole/client',
  version,
  description: 'Boussole IA API client, generated from its OpenAPI contract: typescript-fetch classes, and the contract\'s types for openapi-fetch (@boussole/client/openapi)',
  license: 'UNLICENSED',
  main: './dist/index.js',
  module: './dist/esm/index.js',
  types: './dist/index.d.ts',
  exports: {
    // CommonJS for Node (the generated ES modules import without file extensions, which bundlers accept and Node
    // does not); bundlers take the ES modules from "module"
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './openapi': { types: './dist/openapi.d.ts' },
  },
  sideEffects: false,
  files: ['dist', 'README.md'],
}, null, 2) + '\n');
run('npm', ['pack', '--silent', '--pack-destination', target], pkg);
const tarball = join(target, `boussole-client-${version}.tgz`);

const consumer = join(target, 'consumer');
rmSync(consumer, { recursive: true, force: true });
mkdirSync(consumer, { recursive: true });
writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
const openapiFetch = JSON.parse(readFileSync(join(here, 'node_modules', 'openapi-fetch', 'package.json'), 'utf8'));
run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', tarball,
  `openapi-fetch@${openapiFetch.version}`], consumer);
cpSync(join(here, 'test'), join(consumer, 'test'), { recursive: true });
writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
  compilerOptions: {
    target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true,
    types: ['node'], typeRoots: [join(here, 'node_modules', '@types')],
    rootDir: 'test', outDir: 'test-js',
  },
  include: ['test/**/*.ts'],
}, null, 2));
run(tsc, ['-p', join(consumer, 'tsconfig.json')]);
console.log(`TypeScript client: ${tarball}; journey tests compiled in ${join(consumer, 'test-js')}`);
