// Throughput of the domain's hot paths (parseImei, precheck, identifyVerdict) over realistic, noisy input.
import { availableParallelism, loadavg } from 'node:os';
import { luhnCheckDigit, parseImei } from '@/domain/imei';
import { precheck, type TicketInput } from '@/domain/precheck';
import { identifyVerdict, VERDICTS } from '@/domain/verdicts';
import { seededRandom } from '../tests/support/seededRandom';

/** 100k inputs per function: enough for a stable figure in about a second on a small machine. */
const INPUTS = 100_000;
/** parseImei runs on every keystroke of every IMEI box: 2 million a second leaves room on a cheap phone. */
const PARSE_AIM_PER_SECOND = 2_000_000;
const WARM_UP_PASSES = 2;
const MEASURED_PASSES = 3;

const random = seededRandom(0x1e1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// TACs of real dual-SIM phones (Samsung Galaxy A-series).
const TACS = ['35028137', '35001262', '35005642', '35033622', '35022043', '35004273', '35016702', '35011793'];

function validImei(): string {
  const body = pick(TACS) + String(Math.floor(random() * 1_000_000)).padStart(6, '0');
  return body + luhnCheckDigit(body);
}

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const toPersian = (digits: string): string => digits.replace(/\d/g, (d) => PERSIAN.charAt(Number(d)));
const grouped = (imei: string, separator: string): string =>
  `${imei.slice(0, 2)}${separator}${imei.slice(2, 8)}${separator}${imei.slice(8, 14)}${separator}${imei.slice(14)}`;
const wrongCheckDigit = (imei: string): string => imei.slice(0, 14) + String((Number(imei[14]) + 3) % 10);

/** How people type IMEIs: mostly clean, often Persian or grouped, sometimes wrong. */
function typedImei(): string {
  const imei = validImei();
  const roll = random();
  if (roll < 0.4) return imei;
  if (roll < 0.55) return toPersian(imei);
  if (roll < 0.65) return grouped(imei, pick([' ', '-', '.', '\u200c ']));
  if (roll < 0.7) return `${imei}/0${Math.floor(random() * 10)}`;
  if (roll < 0.8) return wrongCheckDigit(imei);
  if (roll < 0.9) return imei.slice(0, 14);
  return `${imei}${Math.floor(random() * 10)}`;
}

function ticketInput(): TicketInput {
  const correct = [validImei(), validImei()];
  const [first = '', second = ''] = correct;
  const roll = random();
  const registered =
    roll < 0.5
      ? [first, second.slice(0, 8) + '99' + second.slice(10)] // second IMEI mistyped
      : roll < 0.65
        ? [first, '']
        : roll < 0.75
          ? [second, first]
          : roll < 0.85
            ? [first, second]
            : [validImei(), validImei()];
  return {
    correctImeis: correct.map((imei) => (random() < 0.3 ? toPersian(imei) : imei)),
    registeredImeis: registered.map((imei) => (random() < 0.2 ? grouped(imei, ' ') : imei)),
    description: random() < 0.9 ? 'سیم‌کارت دوم سرویس ندارد.' : '',
    slotChecks: random() < 0.8 ? [true, true] : [true, false],
  };
}

// The eight answers of Hamta's layer-zero reviewer, from the verdict catalogue.
const MESSAGES = VERDICTS.map((verdict) => verdict.message);

/** A message as it reaches the paste box: ZWNJs lost, Arabic letters, odd spacing, only the reason, or framed by an SMS. */
function pastedMessage(): string {
  let text = pick(MESSAGES);
  if (random() < 0.4) text = text.replace(/\u200c/g, '');
  if (random() < 0.3) text = text.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
  if (random() < 0.3) text = text.replace(/ /g, pick(['  ', ' \u200f', '\u00a0']));
  if (random() < 0.2) text = text.slice(text.indexOf('(') + 1) || text;
  if (random() < 0.2) text = `همتا: ${text} شماره پیگیری ۱۴۰۳۱۲۳۴`;
  return text;
}

function build<T>(make: () => T): T[] {
  return Array.from({ length: INPUTS }, make);
}

type Row = { name: string; perSecond: number; aim: number | null; checksum: number };

/** Best of MEASURED_PASSES after WARM_UP_PASSES: the JIT has settled, and a stray GC pause is not the figure. */
function measure<T>(name: string, inputs: readonly T[], run: (input: T) => boolean, aim: number | null): Row {
  let checksum = 0;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const input of inputs) if (run(input)) checksum++;
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < MEASURED_PASSES; pass++) {
    const started = performance.now();
    for (const input of inputs) if (run(input)) checksum++;
    best = Math.min(best, performance.now() - started);
  }
  return { name, perSecond: (inputs.length / best) * 1000, aim, checksum };
}

const format = (n: number): string => Math.round(n).toLocaleString('en-US');

function printTable(rows: readonly Row[]): void {
  const header = ['function', 'inputs', 'per second', 'aim', 'vs aim'];
  const lines = rows.map((row) => [
    row.name,
    format(INPUTS),
    format(row.perSecond),
    row.aim === null ? '-' : format(row.aim),
    row.aim === null ? '-' : `${(row.perSecond / row.aim).toFixed(2)}x`,
  ]);
  // Other work on the machine slows every figure: say how busy it was.
  const [load = 0] = loadavg();
  process.stdout.write(`node ${process.version}, ${availableParallelism()} CPUs, load average ${load.toFixed(2)} (1 min)\n\n`);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)));
  const render = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  process.stdout.write(`${render(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  for (const line of lines) process.stdout.write(`${render(line)}\n`);
  // The checksums keep the results alive, so no engine can skip the work measured.
  process.stdout.write(`\n(checksums: ${rows.map((row) => `${row.name} ${row.checksum}`).join(', ')})\n`);
}

const rows = [
  measure('parseImei', build(typedImei), (raw) => parseImei(raw).ok, PARSE_AIM_PER_SECOND),
  measure('precheck', build(ticketInput), (input) => precheck(input).errors.length === 0, null),
  measure('identifyVerdict', build(pastedMessage), (text) => identifyVerdict(text) !== null, null),
];
printTable(rows);
