// Runs task(0..count-1) with at most `width` running at once, results in order.
export async function inParallel<T>(count: number, width: number, task: (i: number) => Promise<T>) {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await task(i);
      }
    }),
  );
  return out;
}
