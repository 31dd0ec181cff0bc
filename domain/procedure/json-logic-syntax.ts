/** How a JSON Logic node is read: an object with exactly one own key is an operation. */

export type OperationNode = Readonly<Record<string, unknown>>;

/** A JSON object with exactly one own key: an operation. Any other object is a plain value. */
export function isOperation(node: unknown): node is OperationNode {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}

/** The operator of an operation node. */
export function operatorOf(node: OperationNode): string {
  return Object.keys(node)[0] ?? '';
}

/** The arguments of an operation as a list ({"!": true} has the single argument true). */
export function operationArguments(node: OperationNode, operator: string): readonly unknown[] {
  const raw = node[operator];
  return Array.isArray(raw) ? raw : [raw];
}
