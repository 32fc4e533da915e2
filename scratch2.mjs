import h from 'highs';
const highs = await h();
const lp = `\\ test
Minimize
 obj: - x - y + 2.5
Subject To
 r1: -1 <= x + y <= 3
 r2: x - y >= -10
Bounds
 x free
 -Inf <= y <= 1.5
General
 z
End
`;
try { const r = highs.solve(lp, {}); console.log(r.Status, r.ObjectiveValue, JSON.stringify(r.Columns).slice(0,300), JSON.stringify(r.Rows)); } catch (e) { console.log('ERR', String(e).slice(0, 300)); }
const lp2 = lp.replace('r1: -1 <= x + y <= 3', 'r1a: x + y >= -1\n r1b: x + y <= 3');
try { const r = highs.solve(lp2, {}); console.log(r.Status, r.ObjectiveValue); } catch (e) { console.log('ERR', String(e).slice(0, 300)); }
const mps = `NAME t
ROWS
 N obj
 L r1
 G r2
COLUMNS
 x obj -1 r1 1
 x r2 1
 y obj -1 r1 1
 y r2 -1
RHS
 RHS obj -2.5
 RHS r1 3 r2 -10
RANGES
 RNG r1 4
BOUNDS
 FR BND x
 MI BND y
 UP BND y 1.5
ENDATA
`;
const m = highs.solve(mps, { /* format? */ });
console.log('mps as lp?', m.Status);
