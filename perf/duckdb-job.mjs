// The comparison job through DuckDB (@duckdb/node-api): read a long CSV, compute per indicator × year the group
// statistics (n, mean, median, Q1, Q3; quantile_cont = R7) and every observation's rank (rank() = min method, ascending,
// missing values unranked), write stats and ranks as CSV. Usage: node duckdb-job.mjs INPUT STATS_OUT [RANKS_OUT]
// Without RANKS_OUT the statistics-only job: the statistics straight from read_csv, no table kept for the ranks.
import { DuckDBInstance } from '@duckdb/node-api';

const [input, statsOut, ranksOut] = process.argv.slice(2);
if (!input || !statsOut) {
  console.error('usage: node duckdb-job.mjs INPUT STATS_OUT [RANKS_OUT]');
  process.exit(2);
}

const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(`CREATE ${ranksOut ? 'TABLE' : 'VIEW'} obs AS SELECT * FROM read_csv(${quote(input)}, delim = ';', decimal_separator = ',', header = true,
  columns = {'gemeentecode': 'VARCHAR', 'jaar': 'INTEGER', 'indicator': 'VARCHAR', 'waarde': 'DOUBLE'})`);
await db.run(`COPY (
  SELECT indicator, jaar AS year, n, mean, q[2] AS median, q[1] AS q1, q[3] AS q3
  FROM (SELECT indicator, jaar, count(waarde) AS n, avg(waarde) AS mean, quantile_cont(waarde, [0.25, 0.5, 0.75]) AS q
        FROM obs GROUP BY indicator, jaar)
  ORDER BY indicator, year) TO ${quote(statsOut)} (HEADER, DELIMITER ',')`);
if (ranksOut) await db.run(`COPY (
  SELECT indicator, jaar AS year, gemeentecode AS code, rank() OVER (PARTITION BY indicator, jaar ORDER BY waarde) AS rank
  FROM obs WHERE waarde IS NOT NULL) TO ${quote(ranksOut)} (HEADER, DELIMITER ',')`);
db.closeSync();
instance.closeSync();
