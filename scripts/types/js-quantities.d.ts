declare module 'js-quantities' {
  interface Quantity {
    scalar: number;
    kind(): string;
    toBase(): Quantity;
    to(unit: string): Quantity;
  }
  interface QtyFunction {
    (expression: string): Quantity;
    /** The units of a kind ("length"), by their first alias. */
    getUnits(kind?: string): string[];
    /** A unit's symbol and names ("pt", "pint", "pints"). */
    getAliases(unit: string): string[];
    getKinds(): string[];
    version: string;
  }
  const Qty: QtyFunction;
  export default Qty;
}
