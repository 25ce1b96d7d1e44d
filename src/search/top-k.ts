/**
 * The first `k` of `count` items in sorted order without sorting them all: a bounded heap,
 * O(count · log k). A search ranks thousands of passages to show five.
 */

/**
 * Positions 0 … `count - 1`, ordered by `compare` (negative: the first goes first), the first
 * `k` of them only: exactly the first `k` of a stable full sort, where items `compare` calls
 * equal keep their positions' order.
 *
 * @example
 * const scores = [3, 9, 1, 9];
 * topK(scores.length, 2, (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0)); // Int32Array [1, 3]
 */
export function topK(
  count: number,
  k: number,
  compare: (a: number, b: number) => number,
): Int32Array {
  const size = Math.max(0, Math.min(k, count));
  // Ties broken by position: a strict order, so the heap keeps what a stable sort would.
  const before = (a: number, b: number) => compare(a, b) || a - b;
  // A max-heap of the best `size` so far: its root is the worst of them, the one to evict.
  const heap = new Int32Array(size);
  const siftDown = (from: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      let worst = left;
      if (right < size && before(heap[right] ?? 0, heap[left] ?? 0) > 0) worst = right;
      if (before(heap[worst] ?? 0, heap[at] ?? 0) <= 0) return;
      const swap = heap[at] ?? 0;
      heap[at] = heap[worst] ?? 0;
      heap[worst] = swap;
      at = worst;
    }
  };
  if (size === 0) return heap;
  if (size === count) {
    for (let i = 0; i < size; i++) heap[i] = i;
    return heap.sort(before);
  }
  for (let i = 0; i < size; i++) heap[i] = i;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let i = size; i < count; i++) {
    if (before(i, heap[0] ?? 0) < 0) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort(before);
}
