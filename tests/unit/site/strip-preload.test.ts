import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripPreloadHelper } from '../../../src/lib/site/strip-preload.ts';

// Shapes copied from what Vite 8 emits for this site's lazy scripts.
const header =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/search.A1.js","_astro/preload-helper.B2.js"])))=>i.map(i=>d[i]);\n' +
  'import{t as e}from"./preload-helper.B2.js";var t=document.querySelector(`[data-site-search]`);' +
  't&&t.addEventListener(`focus`,()=>e(()=>import(`./search.A1.js`).then(e=>e.start(t,`a,b`)),__vite__mapDeps([0,1])),{once:!0});';

test('a lazy import loses its preload wrapper, the helper import and the deps map', () => {
  const { code, helper } = stripPreloadHelper(header);
  assert.equal(helper, 'preload-helper.B2.js');
  assert.equal(
    code,
    'var t=document.querySelector(`[data-site-search]`);t&&t.addEventListener(`focus`,()=>import(`./search.A1.js`).then(e=>e.start(t,`a,b`)),{once:!0});',
  );
});

test('template literals with ${} parts and empty deps are handled', () => {
  const src =
    'import{t as e}from"./preload-helper.B2.js";var f=`/`,p;function h(){return p??=e(()=>import(`${f}pagefind/pagefind.js`).then(async e=>(await e.init(),e)),[]),p}';
  assert.equal(stripPreloadHelper(src).code, 'var f=`/`,p;function h(){return p??=import(`${f}pagefind/pagefind.js`).then(async e=>(await e.init(),e)),p}');
});

test('every wrapped import in a file is unwrapped', () => {
  const src = 'import{t as n}from"./preload-helper.B2.js";n(()=>import(`./a.js`),[]);n(()=>import(`./b.js`),[])';
  assert.equal(stripPreloadHelper(src).code, 'import(`./a.js`);import(`./b.js`)');
});

test('a file whose lazy chunks bring CSS keeps the helper, which injects it', () => {
  const src = header.replace('"_astro/search.A1.js"', '"_astro/search.A1.js","_astro/search.C3.css"');
  assert.deepEqual(stripPreloadHelper(src), { code: src });
});

test('other calls of a same-named function are left alone', () => {
  const src = 'import{t as e}from"./preload-helper.B2.js";[1].map(e=>e(()=>1,2));e(()=>import(`./a.js`),[])';
  assert.equal(stripPreloadHelper(src).code, '[1].map(e=>e(()=>1,2));import(`./a.js`)');
});

test('a file without the helper is returned as is', () => {
  assert.deepEqual(stripPreloadHelper('import{t as e}from"./share.X.js";e(document);'), { code: 'import{t as e}from"./share.X.js";e(document);' });
});

test('a call in a shape it does not know keeps the helper, so nothing is left calling a missing function', () => {
  const src =
    'import{t as a}from"./preload-helper.B2.js";async function te(){let{x:n}=await a(async()=>{let{x:e}=await import(`./s.js`);return{x:e}},[]);return n}';
  assert.equal(stripPreloadHelper(src).code, src);
});
