import { firstQuery } from './search-cost.ts';
for (const q of ['jeugdwet', 'mantelzorg', 'schulden']) console.log(await firstQuery(process.argv[2]!, q));
