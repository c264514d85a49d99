// The part of autocannon 9's programmatic API the API benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    amount?: number;
    connections?: number;
    workers?: number;
  }
  interface Result {
    latency: { p50: number; p99: number; average: number };
    requests: { average: number };
    duration: number;
    errors: number;
    non2xx: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
