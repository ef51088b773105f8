// Peer comparison of lvzhi/zh with the npm package nzh.
//
//   node peers.js gen N SEED          print N deterministic int64 inputs, one a line
//   node peers.js bench INPUTS        time nzh encodeS and toMoney over INPUTS
//   node peers.js diff INPUTS OURS    compare nzh encodeS with our Numeral (OURS
//                                     holds "n<TAB>numeral" lines) and classify
//                                     every difference
//
// NZH_DIR must point at a folder where nzh is installed (npm install --prefix).
'use strict';
const fs = require('fs');
const path = require('path');

const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);

// SplitMix64: the same generator is easy to write in any language.
function splitmix(seed) {
  let s = BigInt.asUintN(64, BigInt(seed));
  return () => {
    s = BigInt.asUintN(64, s + 0x9e3779b97f4a7c15n);
    let z = s;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
}

// gen returns n inputs spread evenly over the 19 decimal widths of int64:
// input i has width 1 + i mod 19; each digit is 0 with probability 1/2 (so
// that every pattern of zeros occurs); one input in five is negative. The
// first inputs are the edges math.MaxInt64 and math.MinInt64.
function gen(n, seed) {
  const next = splitmix(seed);
  const out = [MAX, MIN];
  for (let i = 0; out.length < n; i++) {
    const width = 1 + (i % 19);
    let v = 0n;
    for (let d = 0; d < width; d++) {
      const r = next();
      const digit = (r & 1n) === 0n ? 0n : (r >> 1n) % 10n;
      const w = v * 10n + digit;
      if (w > MAX) break;
      v = w;
    }
    if (next() % 5n === 0n) v = -v;
    out.push(v);
  }
  return out;
}

function readInputs(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => BigInt(l.split('\t')[0]));
}

// moneyInput maps an input to the amount that BenchmarkMoney uses:
// |n| mod 10^10 fen, written in 元 with two decimals for nzh.
function moneyInput(v) {
  const fen = (v < 0n ? -v : v) % 10000000000n;
  const jf = (fen % 100n).toString().padStart(2, '0');
  return `${fen / 100n}.${jf}`;
}

function nzh() {
  return require(path.join(process.env.NZH_DIR, 'node_modules', 'nzh', 'cn'));
}

function timeIt(fn, inputs, minMs) {
  // Warm up, then run whole passes until minMs have elapsed.
  let sink = 0;
  for (let r = 0; r < 20; r++) for (const x of inputs) sink += fn(x).length;
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(minMs) * 1000000n) {
    for (const x of inputs) sink += fn(x).length;
    ops += inputs.length;
    elapsed = process.hrtime.bigint() - start;
  }
  if (sink === 42) console.log('');
  return Number(elapsed) / ops;
}

function bench(file) {
  const cn = nzh();
  const inputs = readInputs(file);
  const strs = inputs.map(String);
  const money = inputs.map(moneyInput);
  // The best of five one-second rounds, as the Go side takes the best of
  // five benchmark runs: on a shared machine the minimum is the steadiest.
  const best = (fn, inputs) => Math.min(...[1, 2, 3, 4, 5].map(() => timeIt(fn, inputs, 1000)));
  const enc = best((s) => cn.encodeS(s), strs);
  const mon = best((s) => cn.toMoney(s, { outSymbol: false }), money);
  console.log(`nzh encodeS ${enc.toFixed(1)} ns/op`);
  console.log(`nzh toMoney ${mon.toFixed(1)} ns/op`);
}

function diff(inputsFile, oursFile) {
  const cn = nzh();
  const ours = new Map();
  for (const line of fs.readFileSync(oursFile, 'utf8').split('\n')) {
    if (!line) continue;
    const [n, s] = line.split('\t');
    ours.set(n, s);
  }
  const inputs = readInputs(inputsFile);
  const classes = new Map();
  const add = (cls, n, a, b) => {
    if (!classes.has(cls)) classes.set(cls, { count: 0, examples: [] });
    const c = classes.get(cls);
    c.count++;
    if (c.examples.length < 5) c.examples.push(`${n}: ours ${a} | nzh ${b}`);
  };
  let same = 0;
  for (const v of inputs) {
    const n = v.toString();
    const a = ours.get(n);
    if (a === undefined) throw new Error(`no output for ${n}`);
    const b = cn.encodeS(n);
    if (a === b) { same++; continue; }
    // nzh's default writes 万万 where the 亿 reading repeats (10^16 and up);
    // {ww:false} gives the 亿亿 reading we use.
    const b2 = cn.encodeS(n, { ww: false });
    const ww = b2 !== b;
    // nzh keeps its colloquial 十 (tenMin) when it encodes the remainder
    // after a 亿 (or 万万) that is longer than four digits, so it drops the
    // 一 of an 一十 opening that remainder (四亿零十万四千); we keep it
    // everywhere but at the very start of the number.
    const norm = (x) => x.replaceAll('零一十', '零十');
    const shi = a !== b2 && norm(a) === norm(b2);
    if (ww && shi) add('both: 万万 and 零十', n, a, b);
    else if (ww && a === b2) add('万万 (nzh default ww) vs 亿亿 (ours; nzh {ww:false} agrees)', n, a, b);
    else if (shi) add('零十 (nzh) vs 零一十 (ours) inside a number', n, a, b);
    else add('unclassified', n, a, b);
  }
  console.log(`compared ${inputs.length} inputs: ${same} identical, ${inputs.length - same} different`);
  for (const [cls, c] of [...classes.entries()].sort()) {
    console.log(`  ${c.count}\t${cls}`);
    for (const e of c.examples) console.log(`\t\t${e}`);
  }
  return classes.has('unclassified') ? 1 : 0;
}

const [mode, a, b] = process.argv.slice(2);
switch (mode) {
  case 'gen':
    process.stdout.write(gen(Number(a), Number(b)).join('\n') + '\n');
    break;
  case 'bench':
    bench(a);
    break;
  case 'diff':
    process.exitCode = diff(a, b);
    break;
  default:
    console.error('usage: peers.js gen N SEED | bench INPUTS | diff INPUTS OURS');
    process.exitCode = 2;
}
