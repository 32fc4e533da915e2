/**
 * The queue's wire format without Redis: a job's input row round-trips bit for bit (−0, NaN
 * payloads aside: every float64 the data readers make), job ids change with everything a
 * record claims to come from and with the study, and bad URLs or queue names are one-line errors.
 */
import t from 'tap';
import { loadSuite } from '../src/bench/manifest.js';
import { prepareEntry, queriesOf } from '../src/bench/queries.js';
import { checkQueueBase, checkRedisUrl, jobId, shownUrl, toWire, wireSample } from '../src/bench/queue.js';
import { UserError } from '../src/errors.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const suite = loadSuite('smoke');
const entry = suite.entries[0];
const [q] = queriesOf(suite.name, prepareEntry(entry, mkdtempSync(join(tmpdir(), 'twinmargin-wire-')), () => undefined));

t.test('an input row travels exactly, through JSON', async tt => {
  const x = Float64Array.from([-0, 0, 1 / 3, -1e-310, Number.MAX_VALUE, -2.5]);
  const task = { ...q, sample: { row: 7, x, label: 2 } };
  const back = wireSample(JSON.parse(JSON.stringify(toWire(task, 'a', 'b'))));
  tt.equal(back.row, 7);
  tt.equal(back.label, 2);
  tt.same(Array.from(back.x), Array.from(x));
  tt.ok(Object.is(back.x[0], -0), '−0 stays −0 (plain JSON would make it 0)');
  const real = wireSample(JSON.parse(JSON.stringify(toWire(q, 'a', 'b'))));
  tt.same(Buffer.from(real.x.buffer), Buffer.from(q.sample.x.buffer, q.sample.x.byteOffset, q.sample.x.byteLength), 'a smoke row, byte for byte');
});

t.test('job ids: fixed by study, key and identity', async tt => {
  const id = q.identity;
  const base = jobId('s1', 'k', id);
  tt.equal(jobId('s1', 'k', id), base, 'stable');
  tt.match(base, /^[0-9a-f]{40}$/);
  tt.not(jobId('s2', 'k', id), base, 'another study');
  tt.not(jobId('s1', 'k2', id), base, 'another query');
  tt.not(jobId('s1', 'k', { ...id, version: '9.9.9' }), base, 'another version');
  tt.not(jobId('s1', 'k', { ...id, n2: { ...id.n2, sha256: '0'.repeat(64) } }), base, 'another model');
  tt.not(jobId('s1', 'k', { ...id, config: 'other' }), base, 'other entry settings');
});

t.test('URLs and queue names', async tt => {
  tt.equal(checkRedisUrl('redis://127.0.0.1:6379'), 'redis://127.0.0.1:6379');
  tt.throws(() => checkRedisUrl('127.0.0.1:6379'), UserError);
  tt.throws(() => checkRedisUrl('http://127.0.0.1:6379'), /expected a redis:\/\/ or rediss:\/\/ URL/);
  tt.equal(shownUrl('redis://user:secret@127.0.0.1:6379'), 'redis://user:***@127.0.0.1:6379', 'passwords are not printed');
  tt.equal(checkQueueBase('study_1.a-b'), 'study_1.a-b');
  tt.throws(() => checkQueueBase('a:b'), /--queue-name/);
  tt.throws(() => checkQueueBase(''), /--queue-name/);
});
