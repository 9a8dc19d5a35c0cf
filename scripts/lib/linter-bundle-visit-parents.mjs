// unist-util-visit-parents 6 (lib/index.js) as the linter's bundle uses it:
// the same walk, visitor calls, results and errors, without the two costs the
// original pays at every node for nicer stack traces: a new closure per node
// and a renamed function (`node (heading)`). remark-lint walks every tree once
// per rule, so this is a few percent of a lint run. See linter-bundle.mjs;
// lint-standards-bundle.test.ts compares the bundle's output with the sources'.
import { convert } from 'unist-util-is';

const empty = [];

export const CONTINUE = true;
export const EXIT = false;
export const SKIP = 'skip';

export function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== 'object') {
    throw new Error('Unexpected value `' + tree + '` for `tree`, expected node');
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit;
  // Third parameter is an enter visitor or a visitors object, so expect a `test` too.
  if (typeof enterOrVisitorsOrReverse === 'function' || (enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === 'object')) {
    check = testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === 'function') {
    enter = visitors;
  } else if (visitors && typeof visitors === 'object') {
    if (visitors.enter === null || visitors.enter === undefined) {
      // Empty.
    } else if (typeof visitors.enter === 'function') {
      enter = visitors.enter;
    } else {
      throw new Error('Unexpected value `' + visitors.enter + '` for `visitors.enter`, expected optional visitor');
    }
    if (typeof visitors.exit === 'function') {
      exit = visitors.exit;
    } else {
      throw new Error(
        'Unexpected value `' + visitors.exit + '` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)',
      );
    }
  } else {
    throw new Error('Unexpected value `' + visitors + '` for `enter` or `visitors`, expected visitor or object with visitors');
  }

  const is = convert(check);
  const step = preorder ? 1 : -1;
  visit(tree, undefined, []);

  function visit(node, index, parents) {
    const matches = !check || is(node, index, parents[parents.length - 1] || undefined);
    let result = empty;
    if (enter && matches) {
      result = toResult(enter(node, parents, index));
      if (result[0] === EXIT) return result;
    }
    if ('children' in node && node.children) {
      if (node.children && result[0] !== SKIP) {
        let offset = (preorder ? -1 : node.children.length) + step;
        const grandparents = [...parents, node];
        while (offset > -1 && offset < node.children.length) {
          const subresult = visit(node.children[offset], offset, grandparents);
          if (subresult[0] === EXIT) return subresult;
          offset = typeof subresult[1] === 'number' ? subresult[1] : offset + step;
        }
      }
    }
    if (exit && matches) {
      const exitResult = toResult(exit(node, parents, index));
      if (exitResult[0] === SKIP) {
        throw new Error('Unexpected value `' + exitResult[0] + '` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing');
      }
      // Prefer a result from `exit` over `enter`.
      if (exitResult[0] === EXIT || typeof exitResult[1] === 'number') return exitResult;
    }
    return result;
  }
}

function toResult(value) {
  if (Array.isArray(value)) return value;
  if (typeof value === 'number') return [CONTINUE, value];
  return value === null || value === undefined ? empty : [value];
}
