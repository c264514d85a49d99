declare module 'js-quantities' {
  interface Quantity {
    scalar: number;
    kind(): string;
    toBase(): Quantity;
    to(unit: string): Quantity;
  }
  function Qty(expression: string): Quantity;
  export default Qty;
}
