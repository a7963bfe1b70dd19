import { buildSharded } from './sharded.ts';
const [content, tag, ...rest] = process.argv.slice(2);
const env: Record<string, string> = { CONTENT_DIR: content!, OUT_DIR: `node_modules/.cache/sv-out-${tag}`, SHARD_CACHE: `node_modules/.cache/sv-shards-${tag}` };
for (const kv of rest) { const [k, v] = kv.split('='); env[k!] = v!; }
console.log(JSON.stringify(await buildSharded(env)));
